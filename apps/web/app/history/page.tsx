import '../accounts.css';
import Link from 'next/link';
import { ApiUnreachable } from '../../components/api-unreachable';
import { SubmissionHistory } from '../../components/submission-history';
import { ta } from '../../lib/accounts-i18n';
import type { HistoryEntry } from '../../lib/course-types';
import { currentLanguage } from '../../lib/language';
import { apiGet } from '../../lib/server-api';

/** /history?exercise=slug: my submissions, with their code and the diff of two. */
export default async function HistoryPage({ searchParams }: { searchParams: Promise<{ exercise?: string }> }) {
  const lang = await currentLanguage();
  const { exercise } = await searchParams;
  const query = typeof exercise === 'string' && exercise ? `?exercise=${encodeURIComponent(exercise)}` : '';
  const read = await apiGet<HistoryEntry[]>(`/api/students/me/submissions${query}`);
  if (read.kind === 'unreachable') return <ApiUnreachable lang={lang} />;
  if (read.kind === 'status') {
    return read.status === 401 ? <p><Link href="/signin?next=/history">{ta(lang, 'signIn')}</Link></p> : <p className="form-error" role="alert">{read.message}</p>;
  }
  return (
    <section>
      <h1>{ta(lang, 'history')}</h1>
      <SubmissionHistory lang={lang} entries={read.data} />
    </section>
  );
}
