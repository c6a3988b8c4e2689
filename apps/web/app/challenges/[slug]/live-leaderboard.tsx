'use client';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { Leaderboard } from '../../../lib/api-types';
import { errorFromResponse } from '../../../lib/grading-client';
import { translator, type Language } from '../../../lib/i18n';
import { LeaderboardTable } from '../leaderboard-table';

/** Rows shown beside the editor; the leaderboard page has them all, with the chart. */
const TOP_ROWS = 10;

export interface LiveLeaderboardProps {
  lang: Language;
  slug: string;
  initial: Leaderboard | null;
  /** Bumped at each final result of the student's own submissions: the ranking is read again. */
  version: number;
  studentName?: string;
}

/** The challenge page's leaderboard: the top rows, reloaded after each of the student's results. */
export function LiveLeaderboard({ lang, slug, initial, version, studentName }: LiveLeaderboardProps) {
  const t = translator(lang);
  const [leaderboard, setLeaderboard] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (version === 0) return;
    let cancelled = false;
    (async () => {
      const response = await fetch(`/api/challenges/${encodeURIComponent(slug)}/leaderboard`, { credentials: 'same-origin', cache: 'no-store' });
      if (!response.ok) throw await errorFromResponse(response);
      const next = (await response.json()) as Leaderboard;
      if (!cancelled) {
        setLeaderboard(next);
        setError(null);
      }
    })().catch((reason: unknown) => {
      console.error(`could not reload the ${slug} leaderboard`, reason);
      if (!cancelled) setError(reason instanceof Error ? reason.message : String(reason));
    });
    return () => {
      cancelled = true;
    };
  }, [slug, version]);

  return (
    <section className="live-leaderboard">
      <h2>
        {t('leaderboard')}
        <Link href={`/challenges/${slug}/leaderboard`} className="heading-link" data-testid="full-leaderboard-link">{t('viewLeaderboard')} →</Link>
      </h2>
      {error && <div className="notice notice-error" role="alert">{t('requestFailed')}{t('colon')} {error}</div>}
      {leaderboard && <LeaderboardTable lang={lang} leaderboard={leaderboard} limit={TOP_ROWS} highlightName={studentName} />}
    </section>
  );
}
