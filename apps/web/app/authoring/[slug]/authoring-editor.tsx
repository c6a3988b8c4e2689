'use client';
import type { Monaco } from '@monaco-editor/react';
import type { editor } from 'monaco-editor';
import Link from 'next/link';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { exportUrl, problemsOf, publishDraft, readExercise, saveDraft, startValidation } from '../../../lib/authoring-client';
import { canPublish, changedFiles, isMistake, isStatement, mistakePath, mistakeTemplate, orderedFiles, validationSettled } from '../../../lib/authoring-files';
import { tAuthoring } from '../../../lib/authoring-i18n';
import type { AuthoringExercise, FileProblem } from '../../../lib/authoring-types';
import { formatDateTime } from '../../../lib/course-types';
import { t, type Language } from '../../../lib/i18n';
import { messageOf } from '../../../lib/post-json';
import { Statement } from '../../exercises/[slug]/statement';
import { ProblemList } from '../problem-list';
import { FileEditor } from './file-editor';
import { ValidationPanel } from './validation-panel';

/** How often the draft is read back while its validation runs in the workers. */
const POLL_MS = 500;

/** Owner of the markers this page puts on the files (not the TypeScript worker's). */
const MARKER_OWNER = 'authoring';

/** Everything of the draft but its files, which the editor holds itself. */
type DraftState = Omit<AuthoringExercise, 'files'>;

interface Failure {
  title: string;
  message: string;
  problems: FileProblem[];
}

/** Files, one Monaco editor, statement previews, and Save / Validate / Publish / Export. */
export function AuthoringEditor({ lang, initial, courseTitle }: { lang: Language; initial: AuthoringExercise; courseTitle?: string }) {
  const { slug } = initial;
  const [files, setFiles] = useState(initial.files);
  // Kept in step with every keystroke, so that Save sends what was typed even before React re-renders.
  const filesRef = useRef(initial.files);
  const [saved, setSaved] = useState(initial.files);
  const [draft, setDraft] = useState<DraftState>(initial);
  const [active, setActive] = useState('exercise.ts');
  const [busy, setBusy] = useState<'saving' | 'validating' | 'publishing' | null>(null);
  // The draft hash whose validation is being followed (polling), or null.
  const [awaiting, setAwaiting] = useState<string | null>(() =>
    initial.validation && initial.validation.draftHash === initial.draftHash && !validationSettled(initial.validation, initial.draftHash) ? initial.draftHash : null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [published, setPublished] = useState<number | null>(null);
  const [mistakeName, setMistakeName] = useState('');
  const [mistakeError, setMistakeError] = useState<string | null>(null);
  const [reveal, setReveal] = useState<FileProblem | null>(null);
  const editorRef = useRef<{ instance: editor.IStandaloneCodeEditor; monaco: Monaco } | null>(null);
  const [editorReady, setEditorReady] = useState(false);

  const changed = useMemo(() => changedFiles(saved, files), [saved, files]);
  const unsaved = changed.size > 0;
  const paths = orderedFiles(Object.keys(files));
  const showPreview = isStatement(active);
  // The rendering (KaTeX) may lag a keystroke behind rather than slow the typing down.
  const preview = useDeferredValue(showPreview ? files[active] ?? '' : '');

  const updateFile = (path: string, value: string) => {
    filesRef.current = { ...filesRef.current, [path]: value };
    setFiles(filesRef.current);
  };

  // Follows a validation until it is done (or failed) for the draft it was started on.
  useEffect(() => {
    if (awaiting === null) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await readExercise(slug);
        if (cancelled) return;
        setDraft((current) => ({ ...current, validation: next.validation, publishedVersion: next.publishedVersion, versions: next.versions }));
        // A draft saved again meanwhile will not get this validation: stop following it.
        if (validationSettled(next.validation, awaiting) || next.draftHash !== awaiting) setAwaiting(null);
        else timer = setTimeout(poll, POLL_MS);
      } catch (caught) {
        if (cancelled) return;
        setFailure({ title: t(lang, 'requestFailed'), message: messageOf(caught), problems: [] });
        setAwaiting(null);
      }
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [awaiting, slug, lang]);

  // Leaving the page would lose what was typed since the last save.
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  // The save's problems that have a line are marked in the open file, and a clicked one is shown.
  useEffect(() => {
    const current = editorRef.current;
    const model = current?.instance.getModel();
    if (!current || !model) return;
    const markers = (failure?.problems ?? []).filter((problem) => problem.file === active && problem.line !== undefined && problem.line <= model.getLineCount());
    current.monaco.editor.setModelMarkers(model, MARKER_OWNER, markers.map((problem) => ({
      severity: current.monaco.MarkerSeverity.Error,
      message: problem.message,
      startLineNumber: problem.line!,
      startColumn: problem.column ?? 1,
      endLineNumber: problem.line!,
      endColumn: Math.max((problem.column ?? 1) + 1, model.getLineMaxColumn(problem.line!)),
    })));
    if (reveal && reveal.file === active && reveal.line !== undefined) {
      const position = { lineNumber: Math.min(reveal.line, model.getLineCount()), column: reveal.column ?? 1 };
      current.instance.setPosition(position);
      current.instance.revealPositionInCenter(position);
      current.instance.focus();
      setReveal(null);
    }
  }, [failure, active, reveal, editorReady]);

  async function save(): Promise<boolean> {
    const snapshot = filesRef.current;
    setBusy('saving');
    setFailure(null);
    try {
      const { draftHash } = await saveDraft(slug, snapshot);
      setSaved(snapshot);
      setDraft((current) => ({ ...current, draftHash }));
      return true;
    } catch (caught) {
      setFailure({ title: tAuthoring(lang, 'saveProblems'), message: messageOf(caught), problems: problemsOf(caught) ?? [] });
      return false;
    } finally {
      setBusy(null);
    }
  }

  // The validation grades the saved draft: unsaved edits are saved first.
  async function validate() {
    if (changedFiles(saved, filesRef.current).size > 0 && !(await save())) return;
    setBusy('validating');
    setFailure(null);
    try {
      const { draftHash } = await startValidation(slug);
      setDraft((current) => ({ ...current, draftHash, validation: { status: 'queued', draftHash, ok: null } }));
      setAwaiting(draftHash);
    } catch (caught) {
      setFailure({ title: t(lang, 'requestFailed'), message: messageOf(caught), problems: [] });
    } finally {
      setBusy(null);
    }
  }

  async function publish() {
    setBusy('publishing');
    setFailure(null);
    try {
      const { version } = await publishDraft(slug);
      setPublished(version);
      // The version list as the API numbers it (publishing earlier content again brings its number back).
      const next = await readExercise(slug).catch(() => null);
      if (next) setDraft((current) => ({ ...current, publishedVersion: next.publishedVersion, versions: next.versions }));
    } catch (caught) {
      setFailure({ title: t(lang, 'requestFailed'), message: messageOf(caught), problems: [] });
    } finally {
      setBusy(null);
    }
  }

  function addMistake() {
    const path = mistakePath(mistakeName);
    if (!path) return setMistakeError(tAuthoring(lang, 'badMistakeName'));
    if (path in filesRef.current) return setMistakeError(tAuthoring(lang, 'mistakeExists'));
    updateFile(path, mistakeTemplate(filesRef.current['solution.ts'] ?? '', filesRef.current['checks.ts'] ?? ''));
    setMistakeName('');
    setMistakeError(null);
    setActive(path);
  }

  function removeFile(path: string) {
    if (!window.confirm(tAuthoring(lang, 'removeConfirm'))) return;
    const { [path]: _removed, ...rest } = filesRef.current;
    filesRef.current = rest;
    setFiles(rest);
    if (active === path) setActive('solution.ts');
    // The model would otherwise come back with the old text if a file of that name is added again.
    editorRef.current?.monaco.editor.getModel(editorRef.current.monaco.Uri.parse(`file:///authoring/${slug}/${path}`))?.dispose();
  }

  const validating = awaiting !== null || busy === 'validating';
  const publishable = canPublish(draft, unsaved) && busy === null && awaiting === null;
  return (
    <section className="authoring-editor-page">
      <Link href="/authoring" className="back-link">{tAuthoring(lang, 'backToList')}</Link>
      <header className="authoring-head">
        <h1 data-testid="authoring-slug">{slug}</h1>
        {courseTitle && <Link href={`/courses/${draft.courseId}`} className="badge">{courseTitle}</Link>}
        <span className="badge" data-testid="authoring-published">
          {draft.publishedVersion === null ? tAuthoring(lang, 'draft') : `version ${draft.publishedVersion} ${tAuthoring(lang, 'published')}`}
        </span>
        <span className={unsaved ? 'unsaved-flag' : 'muted'} data-testid="save-state" data-unsaved={String(unsaved)}>
          {tAuthoring(lang, unsaved ? 'unsaved' : 'allSaved')}
        </span>
      </header>

      <div className="submit-buttons authoring-toolbar">
        <button type="button" data-testid="save-button" onClick={() => void save()} disabled={busy !== null || !unsaved}>
          {busy === 'saving' ? tAuthoring(lang, 'saving') : tAuthoring(lang, 'save')}
        </button>
        <button type="button" data-testid="validate-button" onClick={() => void validate()} disabled={busy !== null || validating}>
          {validating ? tAuthoring(lang, 'validating') : tAuthoring(lang, 'validate')}
        </button>
        <button type="button" className="primary" data-testid="publish-button" onClick={() => void publish()} disabled={!publishable} title={tAuthoring(lang, 'publishHint')}>
          {tAuthoring(lang, 'publish')}
        </button>
        <a href={exportUrl(slug)} download={`${slug}.zip`} data-testid="export-link">{tAuthoring(lang, 'export')}</a>
      </div>

      {published !== null && (
        <div className="notice publish-result" role="status" data-testid="publish-result">
          <strong>version {published} {tAuthoring(lang, 'published')}</strong>{' '}
          <Link href={`/exercises/${slug}`} data-testid="student-page-link">{tAuthoring(lang, 'studentPage')} →</Link>
        </div>
      )}
      {failure && (
        <ProblemList lang={lang} title={failure.title} message={failure.message} problems={failure.problems}
          onOpen={(problem) => {
            setActive(problem.file);
            setReveal(problem);
          }} />
      )}

      <div className="authoring-body">
        <nav className="file-list" aria-label={tAuthoring(lang, 'files')} data-testid="file-list">
          <ul>
            {paths.map((path) => (
              <li key={path} className={path === active ? 'active' : undefined}>
                <button type="button" className="file-tab" data-testid={`file-tab-${path}`} aria-current={path === active ? 'true' : undefined}
                  data-unsaved={String(changed.has(path))} title={path} onClick={() => setActive(path)}>
                  {path}{changed.has(path) && <span className="unsaved-dot" title={tAuthoring(lang, 'unsavedFile')}> ●</span>}
                </button>
                {isMistake(path) && (
                  <button type="button" className="link-button remove-file" data-testid={`remove-file-${path}`} title={tAuthoring(lang, 'removeFile')}
                    aria-label={`${tAuthoring(lang, 'removeFile')} ${path}`} onClick={() => removeFile(path)}>×</button>
                )}
              </li>
            ))}
          </ul>
          <form className="add-mistake" onSubmit={(event) => {
            event.preventDefault();
            addMistake();
          }}>
            <label>{tAuthoring(lang, 'newMistake')}
              <input data-testid="mistake-name" value={mistakeName} onChange={(e) => setMistakeName(e.target.value)} placeholder="bias-forgotten" />
            </label>
            <button type="submit" data-testid="add-mistake">{tAuthoring(lang, 'addMistake')}</button>
            {mistakeError && <p className="form-error" role="alert">{mistakeError}</p>}
          </form>
        </nav>
        <div className={showPreview ? 'authoring-main with-preview' : 'authoring-main'}>
          <FileEditor slug={slug} path={active} value={files[active] ?? ''} loadingLabel={tAuthoring(lang, 'loadingEditor')}
            onChange={updateFile} onSave={() => void save()}
            onReady={(instance, monaco) => {
              editorRef.current = { instance, monaco };
              setEditorReady(true);
            }} />
          {showPreview && (
            <div className="statement-preview" data-testid="statement-preview" aria-label={tAuthoring(lang, 'preview')}>
              <Statement markdown={preview} />
            </div>
          )}
        </div>
      </div>

      <ValidationPanel lang={lang} validation={draft.validation} draftHash={draft.draftHash} />

      <section className="versions">
        <h2>{tAuthoring(lang, 'versions')}</h2>
        {draft.versions.length === 0 ? <p className="muted">{tAuthoring(lang, 'noVersions')}</p> : (
          <ul data-testid="versions">
            {[...draft.versions].sort((a, b) => b.version - a.version).map((entry) => <li key={entry.version}>version {entry.version} — {formatDateTime(entry.createdAt, lang)}</li>)}
          </ul>
        )}
      </section>
    </section>
  );
}
