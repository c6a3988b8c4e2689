import { describe, expect, it } from 'vitest';
import { centralDifference, centralDifferenceGradient } from './finite-differences';

describe('centralDifference', () => {
  it('is (f(x + h) − f(x − h)) / 2h (by hand: x³ at 1 with h = 0.1 gives 3.01)', () => {
    expect(centralDifference((x) => x ** 3, 1, 0.1)).toBeCloseTo(3.01, 12);
  });

  it('is close to the exact derivative with the default h', () => {
    expect(centralDifference(Math.sin, 0.3)).toBeCloseTo(Math.cos(0.3), 9);
  });
});

describe('centralDifferenceGradient', () => {
  it('moves one coordinate at a time', () => {
    const g = centralDifferenceGradient(([u, v]) => u! * u! * v!, [2, 3], 0.5);
    // ∂/∂u: ((2.5² − 1.5²)·3) / 1 = 12; ∂/∂v: 4·(3.5 − 2.5) / 1 = 4.
    expect(g[0]).toBeCloseTo(12, 12);
    expect(g[1]).toBeCloseTo(4, 12);
  });
});
