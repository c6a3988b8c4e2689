// How the challenge pages write accuracies, durations, dates and the daily limit, in either language.
import type { Language, Localized } from './i18n';

/** What a missing value (no reference accuracy yet, private half still hidden) shows. */
export const MISSING = '—';

/**
 * An accuracy in [0, 1] as a percentage with two decimals, French with a comma and a
 * non-breaking space before the sign; null shows a dash.
 * @example
 * formatAccuracy(0.97346, 'fr') // '97,35 %'
 * formatAccuracy(null, 'en') // '—'
 */
export function formatAccuracy(value: number | null | undefined, lang: Language): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  const percent = (100 * value).toFixed(2);
  return lang === 'fr' ? `${percent.replace('.', ',')}\u00a0%` : `${percent}%`;
}

/**
 * A duration for people: milliseconds under a second, seconds with one decimal under a
 * minute, then minutes and whole seconds.
 * @example
 * formatDuration(850) // '850 ms'
 * formatDuration(12_340) // '12.3 s'
 * formatDuration(65_000) // '1 min 05 s'
 */
export function formatDuration(ms: number, lang: Language = 'en'): string {
  if (!Number.isFinite(ms) || ms < 0) return MISSING;
  if (ms < 1000) return `${Math.round(ms)}\u00a0ms`;
  if (ms < 60_000) {
    const seconds = (ms / 1000).toFixed(1);
    return `${lang === 'fr' ? seconds.replace('.', ',') : seconds}\u00a0s`;
  }
  const totalSeconds = Math.round(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  return `${minutes}\u00a0min ${String(totalSeconds % 60).padStart(2, '0')}\u00a0s`;
}

/**
 * A date and time in the reader's language, in UTC so that the server and the browser
 * render the same text (no hydration mismatch), with "UTC" said.
 * @example
 * formatDateTime('2027-01-31T23:00:00Z', 'fr') // '31/01/2027 23:00 UTC'
 */
export function formatDateTime(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return MISSING;
  const text = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC',
  }).format(date);
  return `${text.replace(',', '')} UTC`;
}

/**
 * The share of the CPU budget used, clamped to [0, 1] (a run stopped at its budget may report a little over).
 * @example
 * budgetFraction(45_000, 90_000) // 0.5
 */
export function budgetFraction(cpuMs: number, budgetMs: number): number {
  if (!(budgetMs > 0) || !Number.isFinite(cpuMs)) return 0;
  return Math.min(1, Math.max(0, cpuMs / budgetMs));
}

/**
 * The daily-limit notice from a 429 body `{ limit, remaining: 0, resetAt }`, or null when
 * the body is not one (another 429, such as the per-minute rate limit).
 * @example
 * dailyLimitMessage({ limit: 5, remaining: 0, resetAt: '2026-03-02T00:00:00.000Z' })?.en
 * // 'Daily limit reached: 5 graded submissions per day. Next ones from 02/03/2026 00:00 UTC.'
 */
export function dailyLimitMessage(body: Record<string, unknown> | undefined): Localized | null {
  const limit = body?.limit;
  const resetAt = body?.resetAt;
  if (typeof limit !== 'number' || typeof resetAt !== 'string') return null;
  return {
    fr: `Limite quotidienne atteinte\u00a0: ${limit} soumissions notées par jour. Prochaines à partir du ${formatDateTime(resetAt, 'fr')}.`,
    en: `Daily limit reached: ${limit} graded submissions per day. Next ones from ${formatDateTime(resetAt, 'en')}.`,
  };
}
