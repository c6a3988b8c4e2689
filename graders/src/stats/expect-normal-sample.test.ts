import { describe, expect, it } from 'vitest';
import { randomNormal } from '../random/generators';
import { createRng } from '../random/rng';
import { expectNormalSample } from './expect-normal-sample';

const draw = (seed: number, n: number, mean: number, sigma: number) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => randomNormal(rng, mean, sigma));
};

describe('expectNormalSample', () => {
  it('never fails correct draws over 2,000 seeds', () => {
    let failures = 0;
    for (let seed = 0; seed < 2000; seed++) {
      if (!expectNormalSample('initWeights(100, 10, rng)', draw(seed, 1000, 0, 0.1), 0, 0.1).passed) failures++;
    }
    expect(failures).toBe(0);
  });

  it('fails σ wrong by 20 % either way, and 1/nIn instead of 1/√nIn', () => {
    for (let seed = 0; seed < 200; seed++) {
      expect(expectNormalSample('w', draw(seed, 1000, 0, 0.12), 0, 0.1).code).toBe('statistic');
      expect(expectNormalSample('w', draw(seed, 1000, 0, 0.08), 0, 0.1).code).toBe('statistic');
    }
    const outcome = expectNormalSample('initWeights(100, 10, rng)', draw(1, 1000, 0, 1 / 100), 0, 1 / Math.sqrt(100));
    expect(outcome.message.en).toMatch(/^initWeights\(100, 10, rng\): the standard deviation of the 1000 values is 0\.0\d+, expected σ = 0\.1 \(correct draws give between 0\.08\d+ and 0\.11\d+\)$/);
  });

  it('fails a shifted mean and uniform draws', () => {
    const shifted = expectNormalSample('w', draw(2, 1000, 0.05, 0.1), 0, 0.1);
    expect(shifted.code).toBe('statistic');
    expect(shifted.message.en).toContain('the mean of the 1000 values');
    const rng = createRng(3);
    // Uniform on [−0.1, 0.1]: σ = 0.1/√3, far from 0.1.
    const uniform = Array.from({ length: 1000 }, () => (rng() * 2 - 1) * 0.1);
    expect(expectNormalSample('w', uniform, 0, 0.1).passed).toBe(false);
  });

  it('names a non-finite value and refuses unusable arguments', () => {
    expect(expectNormalSample('w', [0.1, NaN, 0.2], 0, 1).code).toBe('not-finite');
    expect(expectNormalSample('w', [0.1, 'x' as unknown as number], 0, 1).code).toBe('type');
    expect(() => expectNormalSample('w', [1], 0, 1)).toThrow(RangeError);
  });
});
