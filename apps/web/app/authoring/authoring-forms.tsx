'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { createExercise, importArchive, problemsOf } from '../../lib/authoring-client';
import { bytesToBase64, SLUG_PATTERN } from '../../lib/authoring-files';
import { tAuthoring } from '../../lib/authoring-i18n';
import type { FileProblem } from '../../lib/authoring-types';
import type { CourseSummary } from '../../lib/course-types';
import type { Language } from '../../lib/i18n';
import { messageOf } from '../../lib/post-json';
import { ProblemList } from './problem-list';

/** The course the select starts on: the one the page was opened from, else the first. */
const initialCourse = (courses: CourseSummary[], preferred?: string) =>
  courses.find((course) => course.id === preferred)?.id ?? courses[0]?.id ?? '';

function CourseSelect({ lang, courses, value, onChange, testId }: { lang: Language; courses: CourseSummary[]; value: string; onChange(id: string): void; testId: string }) {
  return (
    <label>{tAuthoring(lang, 'course')}
      <select data-testid={testId} value={value} onChange={(event) => onChange(event.target.value)} required>
        {courses.map((course) => <option key={course.id} value={course.id}>{course.title}</option>)}
      </select>
    </label>
  );
}

/** Slug, course, and optionally the exercise to copy; the new draft opens in the editor. */
export function NewExerciseForm({ lang, courses, sources, defaultCourseId }: { lang: Language; courses: CourseSummary[]; sources: string[]; defaultCourseId?: string }) {
  const router = useRouter();
  const [slug, setSlug] = useState('');
  const [courseId, setCourseId] = useState(() => initialCourse(courses, defaultCourseId));
  const [from, setFrom] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const created = await createExercise({ slug: slug.trim(), courseId, ...(from.trim() ? { from: from.trim() } : {}) });
      router.push(`/authoring/${encodeURIComponent(created.slug)}`);
    } catch (caught) {
      setError(messageOf(caught));
      setBusy(false);
    }
  }

  return (
    <form className="stacked-form narrow-page" onSubmit={create} data-testid="new-exercise-form">
      <h2>{tAuthoring(lang, 'newExercise')}</h2>
      <label>{tAuthoring(lang, 'slug')}
        <input data-testid="new-exercise-slug" value={slug} onChange={(e) => setSlug(e.target.value)} pattern={SLUG_PATTERN} minLength={3} maxLength={60} required placeholder="scale-vector" />
        <span className="hint">{tAuthoring(lang, 'slugHint')}</span>
      </label>
      <CourseSelect lang={lang} courses={courses} value={courseId} onChange={setCourseId} testId="new-exercise-course" />
      <label>{tAuthoring(lang, 'startFrom')}
        <input data-testid="new-exercise-from" value={from} onChange={(e) => setFrom(e.target.value)} list="authoring-sources" />
        <datalist id="authoring-sources">{sources.map((source) => <option key={source} value={source} />)}</datalist>
        <span className="hint">{tAuthoring(lang, 'startFromHint')}</span>
      </label>
      <button type="submit" className="primary" data-testid="new-exercise-submit" disabled={busy}>{tAuthoring(lang, 'create')}</button>
      {error && <p className="form-error" role="alert" data-testid="new-exercise-error">{error}</p>}
    </form>
  );
}

/** A .zip of one exercise folder, read in the browser and sent in base64; the imported draft opens. */
export function ImportArchiveForm({ lang, courses, defaultCourseId }: { lang: Language; courses: CourseSummary[]; defaultCourseId?: string }) {
  const router = useRouter();
  const [courseId, setCourseId] = useState(() => initialCourse(courses, defaultCourseId));
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; problems: FileProblem[] } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setFailure(null);
    setBusy(true);
    try {
      const archive = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      const imported = await importArchive(courseId, archive);
      router.push(`/authoring/${encodeURIComponent(imported.slug)}`);
    } catch (caught) {
      setFailure({ message: messageOf(caught), problems: problemsOf(caught) ?? [] });
      setBusy(false);
    }
  }

  return (
    <form className="stacked-form narrow-page" onSubmit={submit} data-testid="import-archive-form">
      <h2>{tAuthoring(lang, 'importTitle')}</h2>
      <CourseSelect lang={lang} courses={courses} value={courseId} onChange={setCourseId} testId="import-archive-course" />
      <label>{tAuthoring(lang, 'importFile')}
        <input type="file" data-testid="import-archive-file" accept=".zip,application/zip" onChange={(e) => setFile(e.target.files?.[0] ?? null)} required />
      </label>
      <button type="submit" data-testid="import-archive-submit" disabled={busy || !file}>{busy ? tAuthoring(lang, 'reading') : tAuthoring(lang, 'importSubmit')}</button>
      {failure && <ProblemList lang={lang} title={tAuthoring(lang, 'importProblems')} message={failure.message} problems={failure.problems} />}
    </form>
  );
}
