import type { DailyAllowance } from '../../lib/api-types';
import { formatDateTime } from '../../lib/challenge-format';
import { translator, type Language } from '../../lib/i18n';

/** "Submissions left today: 3 / 5", with the reset time; a hint to sign in without an identity. */
export function DailyRemaining({ lang, daily }: { lang: Language; daily: DailyAllowance | null }) {
  const t = translator(lang);
  if (!daily) return <span className="daily-remaining muted">{t('signInForDaily')}</span>;
  return (
    <span className={`daily-remaining${daily.remaining === 0 ? ' daily-none' : ''}`} title={`${t('dailyResetsAt')} ${formatDateTime(daily.resetAt, lang)}`}>
      {t('dailyRemaining')}{t('colon')}{' '}
      <strong data-testid="daily-remaining" data-remaining={daily.remaining}>{daily.remaining} / {daily.limit}</strong>
    </span>
  );
}
