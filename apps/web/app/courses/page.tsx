import Link from 'next/link';
import '../accounts.css';
import { ApiUnreachable } from '../../components/api-unreachable';
import { ta } from '../../lib/accounts-i18n';
import type { Session } from '../../lib/api-types';
import type { CourseSummary } from '../../lib/course-types';
import { currentLanguage } from '../../lib/language';
import { apiGet } from '../../lib/server-api';
import { CreateCourseForm } from './create-course-form';

/** /courses: my courses with my role in each; instructors may create one. */
export default async function CoursesPage() {
  const lang = await currentLanguage();
  const [session, courses] = await Promise.all([apiGet<Session>('/api/session'), apiGet<CourseSummary[]>('/api/courses')]);
  if (session.kind === 'status' && session.status === 401) {
    return <p><Link href="/signin?next=/courses" data-testid="signin-link-page">{ta(lang, 'signIn')}</Link></p>;
  }
  if (courses.kind !== 'ok' || session.kind !== 'ok') return <ApiUnreachable lang={lang} />;
  return (
    <section>
      <h1>{ta(lang, 'myCourses')}</h1>
      {courses.data.length === 0 ? <p>{ta(lang, 'noCourses')}</p> : (
        <ul data-testid="course-list">
          {courses.data.map((course) => (
            <li key={course.id}>
              <Link href={`/courses/${course.id}`} data-testid="course-link">{course.title}</Link>{' '}
              <span className="badge">{ta(lang, course.role === 'instructor' ? 'roleInstructor' : 'roleStudent')}</span>
            </li>
          ))}
        </ul>
      )}
      {session.data.role === 'instructor' && <CreateCourseForm lang={lang} />}
    </section>
  );
}
