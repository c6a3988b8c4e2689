'use client';
import type { Monaco } from '@monaco-editor/react';
import type { editor } from 'monaco-editor';
import { useEffect, useRef, useState } from 'react';
import type { GradingResult } from '../../../lib/api-types';
import { pick, t, type Language } from '../../../lib/i18n';
import { CodeEditor } from './code-editor';
import { ResultView } from './result-view';
import { SubmitBar } from './submit-bar';
import { useGrading } from './use-grading';

/** Owner of the markers this page puts on the student's code (not the TypeScript worker's). */
const MARKER_OWNER = 'grading';

export interface ExerciseWorkspaceProps {
  slug: string;
  starter: string;
  lang: Language;
  signedIn: boolean;
}

/** The right pane: editor, Run/Submit, and the result of the last grading. */
export function ExerciseWorkspace({ slug, starter, lang, signedIn }: ExerciseWorkspaceProps) {
  const editorRef = useRef<{ instance: editor.IStandaloneCodeEditor; monaco: Monaco } | null>(null);
  const [editorReady, setEditorReady] = useState(false);
  const { state, start } = useGrading(slug);
  const result = state.phase === 'finished' ? state.submission.result : null;

  // A grading-level failure with a position (syntax error) is marked on its line.
  useEffect(() => {
    const current = editorRef.current;
    const model = current?.instance.getModel();
    if (!current || !model) return;
    current.monaco.editor.setModelMarkers(model, MARKER_OWNER, failureMarkers(result, model, current.monaco, lang));
    if (result?.failure?.line) current.instance.revealLineInCenter(result.failure.line);
  }, [result, lang]);

  const grade = (mode: 'run' | 'submit') => {
    const current = editorRef.current;
    if (current) void start(mode, current.instance.getValue());
  };

  const reset = () => {
    const current = editorRef.current;
    if (current && window.confirm(t(lang, 'resetConfirm'))) current.instance.setValue(starter);
  };

  return (
    <div className="workspace">
      <CodeEditor slug={slug} starter={starter} loadingLabel={t(lang, 'loadingEditor')}
        onReady={(instance, monaco) => {
          editorRef.current = { instance, monaco };
          setEditorReady(true);
        }} />
      <SubmitBar lang={lang} state={state} signedIn={signedIn} editorReady={editorReady} onGrade={grade} onReset={reset} />
      {state.phase === 'finished' && <ResultView lang={lang} submission={state.submission} />}
    </div>
  );
}

function failureMarkers(result: GradingResult | null, model: editor.ITextModel, monaco: Monaco, lang: Language): editor.IMarkerData[] {
  const failure = result?.failure;
  if (!failure?.line || failure.line > model.getLineCount()) return [];
  const column = failure.column ?? 1;
  return [{
    severity: monaco.MarkerSeverity.Error,
    message: pick(failure.message, lang),
    startLineNumber: failure.line,
    startColumn: column,
    endLineNumber: failure.line,
    endColumn: Math.max(column + 1, model.getLineMaxColumn(failure.line)),
  }];
}
