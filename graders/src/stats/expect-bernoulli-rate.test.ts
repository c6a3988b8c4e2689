import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng';
import { expectBernoulliRate } from './expect-bernoulli-rate';

/** Units kept by inverted dropout with drop probability p. */
const keptUnits = (seed: number, n: number, keep: number) => {
  const rng = createRng(seed);
  let kept = 0;
  for (let i = 0; i < n; i++) if (rng() < keep) kept++;
  return kept;
};

describe('expectBernoulliRate', () => {
  it('never fails a correct rate over 2,000 seeds', () => {
    let failures = 0;
    for (let seed = 0; seed < 2000; seed++) {
      if (!expectBernoulliRate('kept', keptUnits(seed, 5000, 0.7), 5000, 0.7).passed) failures++;
    }
    expect(failures).toBe(0);
  });

  it('fails a dropout that drops with probability 1 − p instead of p, or a rate a little off', () => {
    const swapped = expectBernoulliRate('dropout(x, 0.3, rng): kept units', keptUnits(1, 5000, 0.3), 5000, 0.7);
    expect(swapped.code).toBe('statistic');
    expect(swapped.message.en).toMatch(/^dropout\(x, 0\.3, rng\): kept units: \d+ out of 5000 \(rate 0\.\d+\), expected a rate of 0\.7 \(a correct implementation gives between 0\.6\d+ and 0\.7\d+\)$/);
    for (let seed = 0; seed < 100; seed++) {
      expect(expectBernoulliRate('kept', keptUnits(seed, 10_000, 0.65), 10_000, 0.7).passed).toBe(false);
    }
  });

  it('handles certain events and refuses impossible counts', () => {
    expect(expectBernoulliRate('kept', 100, 100, 1).passed).toBe(true);
    expect(expectBernoulliRate('kept', 99, 100, 1).passed).toBe(false);
    expect(expectBernoulliRate('kept', 0, 100, 0).passed).toBe(true);
    expect(() => expectBernoulliRate('kept', 5, 4, 0.5)).toThrow(RangeError);
  });
});
