import { describe, expect, it } from 'vitest';
import { cellShade, dataBounds, linearScale } from './plot-scale';

describe('dataBounds', () => {
  it('covers every series and skips non-finite points', () => {
    expect(dataBounds([[[0, 1], [2, 3]], [[-1, 5], [Number.NaN, 100]]])).toEqual({ xMin: -1, xMax: 2, yMin: 1, yMax: 5 });
  });
  it('widens a single point into a visible interval', () => {
    expect(dataBounds([[[3, 0]]])).toEqual({ xMin: 2.7, xMax: 3.3, yMin: -1, yMax: 1 });
  });
  it('is null without data', () => {
    expect(dataBounds([[], [[Infinity, 1]]])).toBeNull();
  });
});

describe('linearScale and cellShade', () => {
  it('maps linearly and flips reversed ranges', () => {
    expect(linearScale([0, 10], [0, 100])(5)).toBe(50);
    expect(linearScale([0, 1], [200, 0])(0.25)).toBe(150);
  });
  it('shades cells between the extremes', () => {
    expect(cellShade(5, 0, 10)).toBe(0.5);
    expect(cellShade(10, 0, 10)).toBe(1);
    expect(cellShade(3, 3, 3)).toBe(0.5);
  });
});
