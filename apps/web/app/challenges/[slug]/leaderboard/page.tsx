import Link from 'next/link';
import { ApiUnreachable } from '../../../../components/api-unreachable';
import type { ChallengeSummary, Leaderboard, Session } from '../../../../lib/api-types';
import { bestAccuracyPlot } from '../../../../lib/challenge-plots';
import { pick, translator } from '../../../../lib/i18n';
import { currentLanguage } from '../../../../lib/language';
import { apiGet } from '../../../../lib/server-api';
import { PlotChart } from '../../../exercises/[slug]/plot-chart';
import { ChallengeFacts } from '../../challenge-facts';
import { LeaderboardTable } from '../../leaderboard-table';

export const dynamic = 'force-dynamic';

/** A challenge's full leaderboard: every student's best, the best accuracy over time, the reference accuracy beside them. */
export default async function LeaderboardPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const lang = await currentLanguage();
  const t = translator(lang);
  const [read, challenges, session] = await Promise.all([
    apiGet<Leaderboard>(`/api/challenges/${encodeURIComponent(slug)}/leaderboard`),
    apiGet<ChallengeSummary[]>('/api/challenges'),
    apiGet<Session>('/api/session'),
  ]);
  if (read.kind === 'unreachable') return <ApiUnreachable lang={lang} />;
  if (read.kind === 'status') {
    return (
      <div className="notice notice-error" role="alert">
        <strong>{read.status === 404 ? t('challengeNotFound') : t('requestFailed')}</strong>
        <p>{read.message}</p>
        <Link href="/challenges">{t('backToChallenges')}</Link>
      </div>
    );
  }
  const leaderboard = read.data;
  const challenge = challenges.kind === 'ok' ? challenges.data.find((c) => c.slug === slug) : undefined;
  return (
    <div className="challenges leaderboard-page">
      <Link href={`/challenges/${slug}`} className="back-link">{t('backToChallenge')}</Link>
      <h1>{t('leaderboard')}{t('colon')} {challenge ? pick(challenge.title, lang) : slug}</h1>
      <div className="leaderboard-overview">
        {challenge && <ChallengeFacts lang={lang} challenge={challenge} />}
        {leaderboard.history.length > 0 && (
          <div data-testid="best-accuracy-chart">
            <PlotChart lang={lang} plot={bestAccuracyPlot(leaderboard.history, Date.now(), lang)} />
          </div>
        )}
      </div>
      <LeaderboardTable lang={lang} leaderboard={leaderboard} highlightName={session.kind === 'ok' ? session.data.name : undefined} />
    </div>
  );
}
