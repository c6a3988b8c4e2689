import Link from 'next/link';
import { ApiUnreachable } from '../../components/api-unreachable';
import type { ExerciseSummary, Session } from '../../lib/api-types';
import { tAuthoring, type AuthoringMessageKey } from '../../lib/authoring-i18n';
import type { AuthoringSummary } from '../../lib/authoring-types';
import { formatDateTime, type CourseSummary } from '../../lib/course-types';
import { pick, type Language } from '../../lib/i18n';
import { currentLanguage } from '../../lib/language';
import { apiGet } from '../../lib/server-api';
import { AccessNotice } from './access';
import { ImportArchiveForm, NewExerciseForm } from './authoring-forms';

export const dynamic = 'force-dynamic';

/** /authoring: the exercises the instructor may edit, a new one (blank or from another), an imported .zip. */
export default async function AuthoringPage({ searchParams }: { searchParams: Promise<{ course?: string }> }) {
  const lang = await currentLanguage();
  const session = await apiGet<Session>('/api/session');
  const notice = AccessNotice({ lang, session, next: '/authoring' });
  if (notice) return <section className="authoring-page">{notice}</section>;

  const [list, courses, catalogue] = await Promise.all([
    apiGet<{ exercises: AuthoringSummary[] }>('/api/authoring/exercises'),
    apiGet<CourseSummary[]>('/api/courses'),
    apiGet<ExerciseSummary[]>('/api/exercises'),
  ]);
  if (list.kind === 'unreachable' || courses.kind === 'unreachable') return <ApiUnreachable lang={lang} />;
  if (list.kind === 'status') return <section className="authoring-page"><p className="form-error" role="alert">{list.message}</p></section>;
  if (courses.kind === 'status') return <section className="authoring-page"><p className="form-error" role="alert">{courses.message}</p></section>;

  const teaching = courses.data.filter((course) => course.role === 'instructor');
  const { course: preferred } = await searchParams;
  // "Start from": the catalogue and the drafts the instructor can already read.
  const sources = [...new Set([...(catalogue.kind === 'ok' ? catalogue.data.map((exercise) => exercise.slug) : []), ...list.data.exercises.map((exercise) => exercise.slug)])].sort();
  return (
    <section className="authoring-page">
      <h1>{tAuthoring(lang, 'authoring')}</h1>
      <h2>{tAuthoring(lang, 'myExercises')}</h2>
      <ExerciseTable lang={lang} exercises={list.data.exercises} />
      <div className="authoring-forms">
        {teaching.length === 0 ? (
          <p data-testid="authoring-no-course">{tAuthoring(lang, 'noCourse')} <Link href="/courses">{tAuthoring(lang, 'createCourse')}</Link>.</p>
        ) : (
          <>
            <NewExerciseForm lang={lang} courses={teaching} sources={sources} defaultCourseId={preferred} />
            <ImportArchiveForm lang={lang} courses={teaching} defaultCourseId={preferred} />
          </>
        )}
      </div>
    </section>
  );
}

const VALIDATION_LABEL: Record<string, AuthoringMessageKey> = {
  queued: 'validationQueued',
  running: 'validationRunning',
  error: 'validationError',
};

/** The validation column: not validated, queued, running, ✓, ✗ or error. */
function validationLabel(validation: AuthoringSummary['validation']): AuthoringMessageKey {
  if (!validation) return 'notValidated';
  if (validation.status === 'done') return validation.ok ? 'validationOk' : 'validationFailed';
  return VALIDATION_LABEL[validation.status];
}

function ExerciseTable({ lang, exercises }: { lang: Language; exercises: AuthoringSummary[] }) {
  if (exercises.length === 0) return <p data-testid="authoring-empty">{tAuthoring(lang, 'noExercises')}</p>;
  return (
    <table className="data-table" data-testid="authoring-list">
      <thead>
        <tr>
          <th>{tAuthoring(lang, 'slug')}</th><th>{tAuthoring(lang, 'title')}</th><th>{tAuthoring(lang, 'course')}</th>
          <th>{tAuthoring(lang, 'version')}</th><th>{tAuthoring(lang, 'validation')}</th><th>{tAuthoring(lang, 'updatedAt')}</th>
        </tr>
      </thead>
      <tbody>
        {exercises.map((exercise) => (
          <tr key={exercise.slug} data-testid={`authoring-row-${exercise.slug}`}>
            <td><Link href={`/authoring/${exercise.slug}`} data-testid={`authoring-edit-${exercise.slug}`}>{exercise.slug}</Link></td>
            <td>{exercise.title ? pick(exercise.title, lang) : <span className="muted">—</span>}</td>
            <td><Link href={`/courses/${exercise.courseId}`}>{exercise.courseTitle}</Link></td>
            <td data-testid="authoring-version">{exercise.publishedVersion ?? <span className="muted">{tAuthoring(lang, 'draft')}</span>}</td>
            <td data-testid="authoring-validation" data-status={exercise.validation?.status ?? 'none'}>
              <span className={validationClass(exercise.validation)}>{tAuthoring(lang, validationLabel(exercise.validation))}</span>
            </td>
            <td>{formatDateTime(exercise.updatedAt, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function validationClass(validation: AuthoringSummary['validation']): string | undefined {
  if (validation?.status === 'done') return validation.ok ? 'validation-ok' : 'validation-failed';
  return validation?.status === 'error' ? 'validation-failed' : 'muted';
}
