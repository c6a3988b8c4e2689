import { describe, expect, it } from 'vitest';
import { gradientDescentTrajectory } from './gradient-descent';

describe('gradientDescentTrajectory', () => {
  it('returns steps + 1 points, x₀ first (by hand on f = x², μ = 0.25)', () => {
    expect(gradientDescentTrajectory(([x]) => [2 * x!], [1], 0.25, 3)).toEqual([[1], [0.5], [0.25], [0.125]]);
  });

  it('returns [x₀] for zero steps and leaves x₀ alone', () => {
    const x0 = [1, 2];
    expect(gradientDescentTrajectory((x) => x, x0, 0.1, 0)).toEqual([[1, 2]]);
    gradientDescentTrajectory((x) => x, x0, 0.1, 5);
    expect(x0).toEqual([1, 2]);
  });
});
