import { describe, expect, it } from 'vitest';
import { linearRegressionByGradientDescent } from './linear-regression';

describe('linearRegressionByGradientDescent', () => {
  it('takes one step by hand: r = (−2, −4), J = 10, ∂J/∂w = −10, ∂J/∂b = −6', () => {
    const fit = linearRegressionByGradientDescent([[1], [2]], [2, 4], 0.1, 1);
    expect(fit.losses).toEqual([10]);
    expect(fit.w[0]).toBeCloseTo(1, 12);
    expect(fit.b).toBeCloseTo(0.6, 12);
  });

  it('records the loss before each update, decreasing towards the exact fit', () => {
    const X = [[0, 1], [1, 0], [1, 1], [2, -1]];
    const y = X.map(([u, v]) => 2 * u! - v! + 0.5);
    const fit = linearRegressionByGradientDescent(X, y, 0.1, 2000);
    expect(fit.losses[0]).toBeCloseTo(y.reduce((s, t) => s + t * t, 0) / 4, 12);
    expect(fit.w[0]).toBeCloseTo(2, 6);
    expect(fit.w[1]).toBeCloseTo(-1, 6);
    expect(fit.b).toBeCloseTo(0.5, 6);
  });
});
