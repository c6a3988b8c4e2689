import Link from 'next/link';
import { ApiUnreachable } from '../../../components/api-unreachable';
import type { Session } from '../../../lib/api-types';
import { tAuthoring } from '../../../lib/authoring-i18n';
import type { AuthoringExercise } from '../../../lib/authoring-types';
import type { CourseDetail } from '../../../lib/course-types';
import { t } from '../../../lib/i18n';
import { currentLanguage } from '../../../lib/language';
import { apiGet } from '../../../lib/server-api';
import { AccessNotice } from '../access';
import { AuthoringEditor } from './authoring-editor';

export const dynamic = 'force-dynamic';

/** /authoring/[slug]: the draft's files in the editor, with its validation and versions. */
export default async function AuthoringExercisePage({ params }: { params: Promise<{ slug: string }> }) {
  const lang = await currentLanguage();
  const { slug } = await params;
  const session = await apiGet<Session>('/api/session');
  const notice = AccessNotice({ lang, session, next: `/authoring/${slug}` });
  if (notice) return <section className="authoring-page">{notice}</section>;

  const read = await apiGet<AuthoringExercise>(`/api/authoring/exercises/${encodeURIComponent(slug)}`);
  if (read.kind === 'unreachable') return <ApiUnreachable lang={lang} />;
  if (read.kind === 'status') {
    return (
      <section className="authoring-page">
        <div className="notice notice-error" role="alert" data-testid="authoring-error">
          <strong>{read.status === 404 ? t(lang, 'exerciseNotFound') : t(lang, 'requestFailed')}</strong>
          <p>{read.message}</p>
          <Link href="/authoring">{tAuthoring(lang, 'backToList')}</Link>
        </div>
      </section>
    );
  }
  // Only for the course's name beside the slug: the editor works without it.
  const course = await apiGet<CourseDetail>(`/api/courses/${encodeURIComponent(read.data.courseId)}`);
  return <AuthoringEditor key={slug} lang={lang} initial={read.data} courseTitle={course.kind === 'ok' ? course.data.title : undefined} />;
}
