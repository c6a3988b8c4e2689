import { describe, expect, it } from 'vitest';
import { cellColor, compactNumber, dataBounds, finiteRuns, gridRange, heatmapBounds, linearScale, MISSING_CELL_COLOR, niceTicks, padBounds, viridis } from './plot-scale';

describe('dataBounds and padBounds', () => {
  it('covers every series and skips non-finite points', () => {
    expect(dataBounds([[[0, 1], [2, 3]], [[-1, 5], [Number.NaN, 100], [7, Infinity]]])).toEqual({ xMin: -1, xMax: 2, yMin: 1, yMax: 5 });
  });
  it('widens a single point into a visible interval', () => {
    expect(dataBounds([[[3, 0]]])).toEqual({ xMin: 2.7, xMax: 3.3, yMin: -1, yMax: 1 });
  });
  it('is null without data', () => {
    expect(dataBounds([[], [[Infinity, 1]]])).toBeNull();
  });
  it('pads each side by a fraction of the size', () => {
    expect(padBounds({ xMin: 0, xMax: 10, yMin: -1, yMax: 1 }, 0.1)).toEqual({ xMin: -1, xMax: 11, yMin: -1.2, yMax: 1.2 });
  });
});

describe('linearScale', () => {
  it('maps linearly and flips reversed ranges', () => {
    expect(linearScale([0, 10], [0, 100])(5)).toBe(50);
    expect(linearScale([0, 1], [200, 0])(0.25)).toBe(150);
  });
});

describe('niceTicks', () => {
  it('picks round steps of 1, 2 or 5 × 10ⁿ inside the interval', () => {
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(-2.25, 2.25, 4)).toEqual([-2, -1, 0, 1, 2]);
    expect(niceTicks(3, 97, 5)).toEqual([20, 40, 60, 80]);
    expect(niceTicks(0.0012, 0.0049, 3)).toEqual([0.002, 0.003, 0.004]);
  });
  it('leaves no floating-point noise and no negative zero', () => {
    const ticks = niceTicks(-0.3, 0.7, 10);
    expect(ticks).toEqual([-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    expect(Object.is(ticks[3], 0)).toBe(true);
  });
  it('keeps integer steps for cell indices', () => {
    expect(niceTicks(-0.5, 2.5, 10, true)).toEqual([0, 1, 2]);
    expect(niceTicks(-0.5, 27.5, 4, true)).toEqual([0, 5, 10, 15, 20, 25]);
  });
  it('handles degenerate intervals', () => {
    expect(niceTicks(4, 4)).toEqual([4]);
    expect(niceTicks(Number.NaN, 1)).toEqual([]);
    expect(niceTicks(2, 1)).toEqual([]);
  });
});

describe('colour map', () => {
  it('runs viridis from dark purple to yellow, clamped', () => {
    expect(viridis(0)).toBe('rgb(68, 1, 84)');
    expect(viridis(1)).toBe('rgb(253, 231, 37)');
    expect(viridis(-3)).toBe(viridis(0));
    expect(viridis(0.05)).toBe('rgb(70, 19, 101)'); // halfway between the first two samples
  });
  it('gets lighter as values grow', () => {
    const lightness = (color: string) => color.match(/\d+/g)!.map(Number).reduce((a, b) => a + b, 0);
    const samples = [0, 0.2, 0.4, 0.6, 0.8, 1].map((t) => lightness(viridis(t)));
    expect(samples).toEqual([...samples].sort((a, b) => a - b));
  });
  it('colours a constant grid mid-ramp, not black, and missing values grey', () => {
    expect(cellColor(3, 3, 3)).toBe(viridis(0.5));
    expect(cellColor(5, 0, 10)).toBe(viridis(0.5));
    expect(cellColor(10, 0, 10)).toBe(viridis(1));
    expect(cellColor(Number.NaN, 0, 10)).toBe(MISSING_CELL_COLOR);
    expect(cellColor(-Infinity, 0, 10)).toBe(MISSING_CELL_COLOR);
  });
  it('finds the finite range of a grid', () => {
    expect(gridRange([[1, Number.NaN], [3, -2], [Infinity]])).toEqual({ min: -2, max: 3 });
    expect(gridRange([[Number.NaN]])).toBeNull();
  });
});

describe('heatmapBounds (extent mapping)', () => {
  it('uses the extent as the outer edges of the grid', () => {
    const extent = { xMin: -2, xMax: 2, yMin: -1, yMax: 3 };
    const bounds = heatmapBounds(4, 8, extent);
    expect(bounds).toBe(extent);
    // The point (−2, 3) is the top-left corner of cell [0][0]; with a 160 × 80 area at (0, 0):
    const x = linearScale([bounds.xMin, bounds.xMax], [0, 160]);
    const y = linearScale([bounds.yMin, bounds.yMax], [80, 0]);
    expect([x(-2), y(3)]).toEqual([0, 0]);
    // The centre of cell [3][7] (bottom-right; cells are 20 px square) is (1.75, −0.5).
    expect([x(1.75), y(-0.5)]).toEqual([150, 70]);
  });
  it('falls back to cell indices, centred on each cell, without a usable extent', () => {
    expect(heatmapBounds(3, 4)).toEqual({ xMin: -0.5, xMax: 3.5, yMin: -0.5, yMax: 2.5 });
    expect(heatmapBounds(3, 4, { xMin: 1, xMax: 1, yMin: 0, yMax: 1 })).toEqual({ xMin: -0.5, xMax: 3.5, yMin: -0.5, yMax: 2.5 });
  });
});

describe('finiteRuns', () => {
  it('breaks a line at non-finite points', () => {
    expect(finiteRuns([[0, 1], [1, Number.NaN], [2, 3], [3, 4], [Infinity, 0]])).toEqual([[[0, 1]], [[2, 3], [3, 4]]]);
    expect(finiteRuns([])).toEqual([]);
  });
});

describe('compactNumber', () => {
  it('keeps three significant digits, in exponent form at the extremes', () => {
    expect(compactNumber(5.20205)).toBe('5.2');
    expect(compactNumber(0.138253)).toBe('0.138');
    expect(compactNumber(-1234.5)).toBe('-1230');
    expect(compactNumber(0.000123456)).toBe('1.23e-4');
    expect(compactNumber(2.5e7)).toBe('2.5e+7');
    expect(compactNumber(0)).toBe('0');
  });
});
