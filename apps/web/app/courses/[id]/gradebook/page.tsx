import Link from 'next/link';
import '../../../accounts.css';
import { ApiUnreachable } from '../../../../components/api-unreachable';
import { ta } from '../../../../lib/accounts-i18n';
import type { Gradebook } from '../../../../lib/course-types';
import { currentLanguage } from '../../../../lib/language';
import { apiGet } from '../../../../lib/server-api';

/** /courses/[id]/gradebook: per student and assignment the best and latest scores, attempts, late flags; the totals; CSV. */
export default async function GradebookPage({ params }: { params: Promise<{ id: string }> }) {
  const lang = await currentLanguage();
  const { id } = await params;
  const read = await apiGet<Gradebook>(`/api/courses/${encodeURIComponent(id)}/gradebook`);
  if (read.kind === 'unreachable') return <ApiUnreachable lang={lang} />;
  if (read.kind === 'status') return <p className="form-error" role="alert">{read.message}</p>;
  const book = read.data;
  return (
    <section>
      <h1>{ta(lang, 'gradebook')}: <Link href={`/courses/${id}`}>{book.course.title}</Link></h1>
      <p><a href={`/api/courses/${id}/gradebook.csv`} download="gradebook.csv" data-testid="gradebook-csv">{ta(lang, 'downloadCsv')}</a></p>
      <table className="data-table" data-testid="gradebook-table">
        <thead>
          <tr>
            <th>{ta(lang, 'student')}</th>
            {book.assignments.map((assignment) => <th key={assignment.id}>{assignment.title}</th>)}
            <th>{ta(lang, 'total')}</th>
          </tr>
        </thead>
        <tbody>
          {book.students.map((student) => (
            <tr key={student.id} data-testid={`gradebook-row-${student.email}`}>
              <td><Link href={`/courses/${id}/students/${student.id}`} data-testid="student-history-link">{student.name}</Link><br /><small>{student.email}</small></td>
              {student.grades.map((grade) => (
                <td key={grade.assignmentId} data-testid={`grade-${grade.assignmentId}`}>
                  <strong data-testid="grade-best">{grade.best}</strong> ({ta(lang, 'best')}) · {grade.latest} ({ta(lang, 'latest')})
                  <br /><small>{grade.attempts} {ta(lang, 'attempts')}</small>
                  {grade.late && <span className="late-flag">{ta(lang, 'late')}</span>}
                </td>
              ))}
              <td data-testid="grade-total">{student.total ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
