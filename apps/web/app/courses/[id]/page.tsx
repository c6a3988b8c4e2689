import Link from 'next/link';
import '../../accounts.css';
import { ApiUnreachable } from '../../../components/api-unreachable';
import { ta } from '../../../lib/accounts-i18n';
import { tAuthoring } from '../../../lib/authoring-i18n';
import { formatDateTime, type AssignmentWithGrade, type CourseDetail } from '../../../lib/course-types';
import type { Language } from '../../../lib/i18n';
import { currentLanguage } from '../../../lib/language';
import { apiGet } from '../../../lib/server-api';
import { ImportForm, InviteButton, NewAssignmentForm, ResetLinkButton } from './instructor-tools';
import { RegradeButton } from './similarity/regrade-panel';

/** /courses/[id]: a student sees the assignments, their deadlines and scores; an instructor also manages members and assignments. */
export default async function CoursePage({ params }: { params: Promise<{ id: string }> }) {
  const lang = await currentLanguage();
  const { id } = await params;
  const [course, assignments] = await Promise.all([
    apiGet<CourseDetail>(`/api/courses/${encodeURIComponent(id)}`),
    apiGet<AssignmentWithGrade[]>(`/api/courses/${encodeURIComponent(id)}/assignments`),
  ]);
  if (course.kind === 'unreachable' || assignments.kind === 'unreachable') return <ApiUnreachable lang={lang} />;
  if (course.kind === 'status') return <p className="form-error" role="alert">{course.message}</p>;
  if (assignments.kind === 'status') return <p className="form-error" role="alert">{assignments.message}</p>;
  const teaches = course.data.role === 'instructor';
  return (
    <section>
      <h1 data-testid="course-title">{course.data.title}</h1>
      {teaches && (
        <p>
          <Link href={`/courses/${id}/gradebook`} data-testid="gradebook-link">{ta(lang, 'gradebook')}</Link>
          {' · '}<Link href={`/authoring?course=${id}`} data-testid="course-authoring-link">{tAuthoring(lang, 'authoring')}</Link>
        </p>
      )}
      <h2>{ta(lang, 'assignments')}</h2>
      <AssignmentList lang={lang} courseId={id} assignments={assignments.data} teaches={teaches} />
      {teaches && (
        <>
          <NewAssignmentForm lang={lang} courseId={id} />
          <h2>{ta(lang, 'members')}</h2>
          <table className="data-table" data-testid="members">
            <tbody>
              {(course.data.members ?? []).map((member) => (
                <tr key={member.id} data-testid={`member-${member.email}`}>
                  <td>{member.name}</td>
                  <td>{member.email}</td>
                  <td>{ta(lang, member.role === 'instructor' ? 'roleInstructor' : 'roleStudent')}</td>
                  <td>{member.role === 'student' && <ResetLinkButton lang={lang} courseId={id} userId={member.id} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <InviteButton lang={lang} courseId={id} />
          <ImportForm lang={lang} courseId={id} />
        </>
      )}
    </section>
  );
}

function AssignmentList({ lang, courseId, assignments, teaches }: { lang: Language; courseId: string; assignments: AssignmentWithGrade[]; teaches: boolean }) {
  if (assignments.length === 0) return <p>{ta(lang, 'noAssignments')}</p>;
  return (
    <table className="data-table" data-testid="assignments">
      <thead>
        <tr>
          <th>{ta(lang, 'assignmentTitle')}</th><th>{ta(lang, 'opensAt')}</th><th>{ta(lang, 'dueAt')}</th>
          <th>{ta(lang, 'exercises').split('(')[0]}</th>{!teaches && <th>{ta(lang, 'score')}</th>}
        </tr>
      </thead>
      <tbody>
        {assignments.map((assignment) => (
          <tr key={assignment.id} data-testid={`assignment-${assignment.title}`}>
            <td>{assignment.title}{assignment.latePenaltyPercent > 0 && ` (−${assignment.latePenaltyPercent} % ${ta(lang, 'late')})`}</td>
            <td>{formatDateTime(assignment.opensAt, lang)}</td>
            <td>{formatDateTime(assignment.dueAt, lang)}</td>
            <td>
              {assignment.exercises.map((exercise) => {
                const grade = assignment.grade.exercises.find((item) => item.exercise === exercise.slug);
                return (
                  <div key={exercise.slug}>
                    <Link href={`/exercises/${exercise.slug}?assignment=${assignment.id}`} data-testid={`assignment-exercise-${exercise.slug}`}>{exercise.slug}</Link>
                    {' '}× {exercise.weight}
                    {!teaches && grade && grade.best !== null && ` — ${grade.best} % (${grade.attempts} ${ta(lang, 'attempts')})`}
                    {!teaches && grade?.late && <span className="late-flag">{ta(lang, 'late')}</span>}
                    {teaches && (
                      <>
                        {' '}<Link href={`/courses/${courseId}/similarity?exercise=${encodeURIComponent(exercise.slug)}`}
                          data-testid={`similarity-link-${exercise.slug}`}>{ta(lang, 'similarity')}</Link>
                        <RegradeButton lang={lang} slug={exercise.slug} />
                      </>
                    )}
                  </div>
                );
              })}
            </td>
            {!teaches && <td data-testid="assignment-score">{assignment.grade.best} %</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
