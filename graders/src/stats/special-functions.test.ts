import { describe, expect, it } from 'vitest';
import { chiSquareLowerQuantile, chiSquareUpperQuantile, logGamma, normalUpperTail, regularizedGammaP, regularizedGammaQ, zQuantile } from './special-functions';

describe('special functions', () => {
  it('logGamma matches known values', () => {
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(100.5)).toBeCloseTo(361.4355404677776, 10);
  });

  it('the incomplete gamma functions are complementary and match the exponential case', () => {
    // Γ(1, x): P(1, x) = 1 − e^{−x}.
    for (const x of [0.1, 1, 3, 20]) {
      expect(regularizedGammaP(1, x)).toBeCloseTo(1 - Math.exp(-x), 12);
      expect(regularizedGammaQ(1, x) / Math.exp(-x)).toBeCloseTo(1, 12);
    }
    expect(regularizedGammaP(7.5, 6) + regularizedGammaQ(7.5, 6)).toBeCloseTo(1, 14);
  });

  it('normal quantiles match tables', () => {
    expect(zQuantile(0.025)).toBeCloseTo(1.959964, 5);
    expect(zQuantile(0.5)).toBeCloseTo(0, 8);
    expect(zQuantile(5e-8)).toBeCloseTo(5.326724, 4);
    expect(normalUpperTail(1)).toBeCloseTo(0.158655254, 8);
    expect(() => zQuantile(0.7)).toThrow(RangeError);
  });

  it('chi-square quantiles match tables, small and large degrees of freedom', () => {
    expect(chiSquareUpperQuantile(10, 0.05)).toBeCloseTo(18.307, 3);
    expect(chiSquareLowerQuantile(10, 0.05)).toBeCloseTo(3.9403, 3);
    expect(chiSquareUpperQuantile(1, 0.01)).toBeCloseTo(6.6349, 3);
    // Large k: close to the normal approximation k ± z·√(2k).
    const k = 100_000;
    expect(chiSquareUpperQuantile(k, 0.025) / (k + 1.96 * Math.sqrt(2 * k))).toBeCloseTo(1, 3);
  });
});
