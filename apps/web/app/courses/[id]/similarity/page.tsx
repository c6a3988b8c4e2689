import Link from 'next/link';
import '../../../accounts.css';
import './similarity.css';
import { ApiUnreachable } from '../../../../components/api-unreachable';
import { ta } from '../../../../lib/accounts-i18n';
import type { AssignmentWithGrade, CourseDetail } from '../../../../lib/course-types';
import { apiGet } from '../../../../lib/server-api';
import { currentLanguage } from '../../../../lib/language';
import type { SimilarityReport } from '../../../../lib/similarity-view';
import { SimilarityPairs } from './similarity-pairs';

/** /courses/[id]/similarity?exercise=slug: an instructor picks an exercise of the course and sees its students' codes ranked by similarity. */
export default async function SimilarityPage({ params, searchParams }: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ exercise?: string | string[] }>;
}) {
  const lang = await currentLanguage();
  const { id } = await params;
  const query = await searchParams;
  const course = encodeURIComponent(id);
  const [detail, assignments] = await Promise.all([
    apiGet<CourseDetail>(`/api/courses/${course}`),
    apiGet<AssignmentWithGrade[]>(`/api/courses/${course}/assignments`),
  ]);
  if (detail.kind === 'unreachable' || assignments.kind === 'unreachable') return <ApiUnreachable lang={lang} />;
  if (detail.kind === 'status') return <p className="form-error" role="alert">{detail.message}</p>;
  if (assignments.kind === 'status') return <p className="form-error" role="alert">{assignments.message}</p>;

  const slugs = [...new Set(assignments.data.flatMap((assignment) => assignment.exercises.map((exercise) => exercise.slug)))];
  const asked = Array.isArray(query.exercise) ? query.exercise[0] : query.exercise;
  const exercise = asked && slugs.includes(asked) ? asked : slugs[0];
  const report = exercise ? await apiGet<SimilarityReport>(`/api/courses/${course}/similarity?exercise=${encodeURIComponent(exercise)}`) : null;
  if (report?.kind === 'unreachable') return <ApiUnreachable lang={lang} />;

  return (
    <section className="similarity-page">
      <h1>{ta(lang, 'similarityTitle')}: <Link href={`/courses/${id}`}>{detail.data.title}</Link></h1>
      {!exercise ? <p>{ta(lang, 'similarityNoExercise')}</p> : (
        // A plain GET form: the chosen exercise lives in the address, so the report can be linked and reloaded.
        <form method="get" className="similarity-picker">
          <label>{ta(lang, 'similarityPick')}{' '}
            <select name="exercise" defaultValue={exercise} data-testid="similarity-exercise">
              {slugs.map((slug) => <option key={slug} value={slug}>{slug}</option>)}
            </select>
          </label>
          <button type="submit" data-testid="similarity-show">{ta(lang, 'similarityShow')}</button>
        </form>
      )}
      {report?.kind === 'status' && <p className="form-error" role="alert">{report.message}</p>}
      {report?.kind === 'ok' && <SimilarityPairs key={report.data.exercise} lang={lang} report={report.data} />}
    </section>
  );
}
