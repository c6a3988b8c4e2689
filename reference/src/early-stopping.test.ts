import { describe, expect, it } from 'vitest';
import { earlyStoppingEpoch } from './early-stopping';

describe('earlyStoppingEpoch', () => {
  const curve = [1.0, 0.8, 0.7, 0.72, 0.71, 0.69, 0.75, 0.76, 0.77];

  it('stops after `patience` epochs without improvement and keeps the best epoch seen (worked by hand)', () => {
    expect(earlyStoppingEpoch(curve, 2)).toBe(2); // 0.72 and 0.71 do not beat 0.7: stop before 0.69
    expect(earlyStoppingEpoch(curve, 3)).toBe(5); // 0.69 comes in time; then three worse epochs
  });

  it('does not count an equal loss as an improvement', () => {
    expect(earlyStoppingEpoch([0.5, 0.5, 0.4], 1)).toBe(0);
    expect(earlyStoppingEpoch([0.5, 0.5, 0.4], 2)).toBe(2);
  });

  it('uses the whole curve when training never stops', () => {
    expect(earlyStoppingEpoch([3, 2, 1], 1)).toBe(2);
    expect(earlyStoppingEpoch([0.3], 4)).toBe(0);
  });
});
