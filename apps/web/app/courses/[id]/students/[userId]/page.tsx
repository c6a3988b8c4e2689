import '../../../../accounts.css';
import Link from 'next/link';
import { ApiUnreachable } from '../../../../../components/api-unreachable';
import { SubmissionHistory } from '../../../../../components/submission-history';
import { ta } from '../../../../../lib/accounts-i18n';
import type { HistoryEntry } from '../../../../../lib/course-types';
import { currentLanguage } from '../../../../../lib/language';
import { apiGet } from '../../../../../lib/server-api';

/** /courses/[id]/students/[userId]: a student's submissions for the course, as its instructor sees them. */
export default async function StudentHistoryPage({ params }: { params: Promise<{ id: string; userId: string }> }) {
  const lang = await currentLanguage();
  const { id, userId } = await params;
  const read = await apiGet<HistoryEntry[]>(`/api/courses/${encodeURIComponent(id)}/students/${encodeURIComponent(userId)}/submissions`);
  if (read.kind === 'unreachable') return <ApiUnreachable lang={lang} />;
  if (read.kind === 'status') return <p className="form-error" role="alert">{read.message}</p>;
  return (
    <section>
      <h1>{ta(lang, 'history')}</h1>
      <p><Link href={`/courses/${id}/gradebook`}>{ta(lang, 'gradebook')}</Link></p>
      <SubmissionHistory lang={lang} entries={read.data} />
    </section>
  );
}
