import type { Leaderboard } from '../../lib/api-types';
import { formatAccuracy, formatDateTime, formatDuration, MISSING } from '../../lib/challenge-format';
import { translator, type Language } from '../../lib/i18n';

export interface LeaderboardTableProps {
  lang: Language;
  leaderboard: Leaderboard;
  /** Show only the first rows (the challenge page); the leaderboard page shows them all. */
  limit?: number;
  /** The signed-in student's name, whose row is highlighted. */
  highlightName?: string;
}

/**
 * The ranking: one row per student (their best public accuracy; ties go to the earlier
 * submission), the private accuracy once the challenge has closed. Names are rendered as text.
 */
export function LeaderboardTable({ lang, leaderboard, limit, highlightName }: LeaderboardTableProps) {
  const t = translator(lang);
  const entries = limit === undefined ? leaderboard.entries : leaderboard.entries.slice(0, limit);
  if (entries.length === 0) return <p className="muted" data-testid="leaderboard-empty">{t('leaderboardEmpty')}</p>;
  return (
    <div className="leaderboard-scroll">
      <table className="leaderboard-table" data-testid="leaderboard-table">
        <thead>
          <tr>
            <th className="num">{t('rank')}</th>
            <th>{t('student')}</th>
            <th className="num">{t('publicAccuracy')}</th>
            <th className="num">{t('privateAccuracy')}</th>
            <th>{t('modelKind')}</th>
            <th className="num">{t('trainingTime')}</th>
            <th>{t('submittedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.rank} data-testid={`leaderboard-row-${entry.rank}`}
              className={[entry.publicAccuracy >= leaderboard.threshold ? 'above-threshold' : '', entry.studentName === highlightName ? 'own-row' : ''].join(' ').trim() || undefined}>
              <td className="num rank">{entry.rank}</td>
              <td className="student-name">{entry.studentName}</td>
              <td className="num" data-testid="leaderboard-public">{formatAccuracy(entry.publicAccuracy, lang)}</td>
              <td className="num">{leaderboard.closed ? formatAccuracy(entry.privateAccuracy, lang) : MISSING}</td>
              <td><span className="tag">{entry.modelKind.toUpperCase()}</span></td>
              <td className="num">{formatDuration(entry.trainingMs, lang)}</td>
              <td className="date">{formatDateTime(entry.submittedAt, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!leaderboard.closed && <p className="hint">{t('privateHidden')}</p>}
    </div>
  );
}
