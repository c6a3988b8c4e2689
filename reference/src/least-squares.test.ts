import { describe, expect, it } from 'vitest';
import { leastSquaresLine } from './least-squares';

describe('leastSquaresLine', () => {
  it('recovers a line through collinear points', () => {
    const { a, b } = leastSquaresLine([0, 1, 2], [1, 3, 5]);
    expect(a).toBeCloseTo(2, 12);
    expect(b).toBeCloseTo(1, 12);
  });

  it('fits y on x (by hand: x = 0, 1, 2, 3 and y = 1, 3, 2, 5 give a = 1.1, b = 1.1)', () => {
    const { a, b } = leastSquaresLine([0, 1, 2, 3], [1, 3, 2, 5]);
    expect(a).toBeCloseTo(1.1, 12);
    expect(b).toBeCloseTo(1.1, 12);
  });

  it('stays accurate far from the origin', () => {
    const xs = [1e8, 1e8 + 1, 1e8 + 2, 1e8 + 3];
    const { a } = leastSquaresLine(xs, [1, 3, 2, 5]);
    expect(a).toBeCloseTo(1.1, 9);
  });
});
