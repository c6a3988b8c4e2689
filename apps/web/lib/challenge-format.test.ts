import { describe, expect, it } from 'vitest';
import { budgetFraction, dailyLimitMessage, formatAccuracy, formatDateTime, formatDuration } from './challenge-format';

describe('formatAccuracy', () => {
  it('writes a percentage with two decimals in each language', () => {
    expect(formatAccuracy(0.97346, 'fr')).toBe('97,35\u00a0%');
    expect(formatAccuracy(0.97346, 'en')).toBe('97.35%');
    expect(formatAccuracy(1, 'en')).toBe('100.00%');
  });

  it('shows a dash for a missing accuracy', () => {
    expect(formatAccuracy(null, 'fr')).toBe('—');
    expect(formatAccuracy(undefined, 'en')).toBe('—');
    expect(formatAccuracy(Number.NaN, 'en')).toBe('—');
  });
});

describe('formatDuration', () => {
  it('picks milliseconds, seconds or minutes', () => {
    expect(formatDuration(850)).toBe('850\u00a0ms');
    expect(formatDuration(12_340)).toBe('12.3\u00a0s');
    expect(formatDuration(12_340, 'fr')).toBe('12,3\u00a0s');
    expect(formatDuration(65_000)).toBe('1\u00a0min 05\u00a0s');
    expect(formatDuration(-1)).toBe('—');
  });
});

describe('formatDateTime', () => {
  it('writes the same UTC text wherever it runs', () => {
    expect(formatDateTime('2027-01-31T23:00:00Z', 'fr')).toBe('31/01/2027 23:00 UTC');
    expect(formatDateTime('2027-01-31T23:00:00Z', 'en')).toBe('31/01/2027 23:00 UTC');
    expect(formatDateTime('not a date', 'en')).toBe('—');
  });
});

describe('budgetFraction', () => {
  it('is the used share, clamped to [0, 1]', () => {
    expect(budgetFraction(45_000, 90_000)).toBe(0.5);
    expect(budgetFraction(95_000, 90_000)).toBe(1);
    expect(budgetFraction(10, 0)).toBe(0);
  });
});

describe('dailyLimitMessage', () => {
  it('says the limit and when it resets', () => {
    const message = dailyLimitMessage({ message: 'x', limit: 5, remaining: 0, resetAt: '2026-03-02T00:00:00.000Z' });
    expect(message?.en).toBe('Daily limit reached: 5 graded submissions per day. Next ones from 02/03/2026 00:00 UTC.');
    expect(message?.fr).toContain('5 soumissions notées par jour');
  });

  it('is null for another 429 (the per-minute rate limit has no resetAt)', () => {
    expect(dailyLimitMessage({ message: 'Too many submissions' })).toBeNull();
    expect(dailyLimitMessage(undefined)).toBeNull();
  });
});
