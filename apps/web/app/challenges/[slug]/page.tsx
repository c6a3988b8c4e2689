import Link from 'next/link';
import { ApiUnreachable } from '../../../components/api-unreachable';
import type { ChallengeSummary, ExerciseDetail, Leaderboard, Session } from '../../../lib/api-types';
import { pick, translator } from '../../../lib/i18n';
import { currentLanguage } from '../../../lib/language';
import { withoutLeadingTitle } from '../../../lib/markdown';
import { apiGet } from '../../../lib/server-api';
import { Statement } from '../../exercises/[slug]/statement';
import { ChallengeFacts } from '../challenge-facts';
import { ChallengeWorkspace } from './challenge-workspace';

export const dynamic = 'force-dynamic';

/** A challenge: its statement and rules on the left; editor, live training, result and leaderboard on the right. */
export default async function ChallengePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const lang = await currentLanguage();
  const t = translator(lang);
  const path = encodeURIComponent(slug);
  const [exercise, challenges, leaderboard, session] = await Promise.all([
    apiGet<ExerciseDetail>(`/api/exercises/${path}`),
    apiGet<ChallengeSummary[]>('/api/challenges'),
    apiGet<Leaderboard>(`/api/challenges/${path}/leaderboard`),
    apiGet<Session>('/api/session'),
  ]);
  if (exercise.kind === 'unreachable' || challenges.kind === 'unreachable') return <ApiUnreachable lang={lang} />;
  const challenge = challenges.kind === 'ok' ? challenges.data.find((c) => c.slug === slug) : undefined;
  if (exercise.kind === 'status' || !challenge) {
    const message = exercise.kind === 'status' ? exercise.message : challenges.kind === 'status' ? challenges.message : slug;
    return (
      <div className="notice notice-error" role="alert">
        <strong>{t('challengeNotFound')}</strong>
        <p>{message}</p>
        <Link href="/challenges">{t('backToChallenges')}</Link>
      </div>
    );
  }
  return (
    <div className="exercise-page challenge-page">
      <aside className="statement-pane">
        <Link href="/challenges" className="back-link">{t('backToChallenges')}</Link>
        <h1>{pick(exercise.data.title, lang)}</h1>
        <ChallengeFacts lang={lang} challenge={challenge} />
        <Statement markdown={withoutLeadingTitle(pick(exercise.data.statement, lang))} />
      </aside>
      <ChallengeWorkspace lang={lang} challenge={challenge} starter={exercise.data.starter}
        leaderboard={leaderboard.kind === 'ok' ? leaderboard.data : null}
        studentName={session.kind === 'ok' ? session.data.name : undefined} />
    </div>
  );
}
