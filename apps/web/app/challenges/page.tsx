import Link from 'next/link';
import { ApiUnreachable } from '../../components/api-unreachable';
import type { ChallengeSummary } from '../../lib/api-types';
import { pick, translator } from '../../lib/i18n';
import { currentLanguage } from '../../lib/language';
import { apiGet } from '../../lib/server-api';
import { ChallengeFacts } from './challenge-facts';
import { DailyRemaining } from './daily-remaining';

export const dynamic = 'force-dynamic';

/** Every MNIST challenge: its rules, the student's submissions left today, links to take it and to its leaderboard. */
export default async function ChallengesPage() {
  const lang = await currentLanguage();
  const t = translator(lang);
  const read = await apiGet<ChallengeSummary[]>('/api/challenges');
  if (read.kind === 'unreachable') return <ApiUnreachable lang={lang} />;
  if (read.kind === 'status') return <div className="notice notice-error" role="alert">{t('requestFailed')}: {read.message}</div>;
  return (
    <div className="challenges">
      <Link href="/" className="back-link">{t('backToCatalogue')}</Link>
      <h1>{t('challengesTitle')}</h1>
      <p className="challenges-intro">{t('challengesIntro')}</p>
      {read.data.length === 0 && <p>{t('challengesEmpty')}</p>}
      <ul className="challenge-cards">
        {read.data.map((challenge) => (
          <li key={challenge.slug} className="challenge-card" data-testid={`challenge-${challenge.slug}`}>
            <h2>
              <Link href={`/challenges/${challenge.slug}`} data-testid={`challenge-link-${challenge.slug}`}>{pick(challenge.title, lang)}</Link>
            </h2>
            <ChallengeFacts lang={lang} challenge={challenge} />
            <div className="challenge-card-actions">
              <DailyRemaining lang={lang} daily={challenge.daily} />
              <Link href={`/challenges/${challenge.slug}/leaderboard`} data-testid={`leaderboard-link-${challenge.slug}`}>{t('viewLeaderboard')} →</Link>
              <Link href={`/challenges/${challenge.slug}`} className="button-link">{t('openChallenge')}</Link>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
