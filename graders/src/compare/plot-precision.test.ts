import { describe, expect, it } from 'vitest';
import type { Plot } from '../outcome';
import { roundPlot } from './plot-precision';

describe('roundPlot', () => {
  it('keeps 6 significant digits of points, grids and images, and leaves the rest as it is', () => {
    const plot: Plot = {
      kind: 'heatmap',
      title: { fr: 'Carte', en: 'Map' },
      series: [{ name: 'f', points: [[0.123456789, -1234.56789], [Number.NaN, 1e-12 / 3]] }],
      grid: [[Math.PI, 2]],
      image: [[[12.3456789, 255, 0]]],
      extent: { xMin: 0.123456789, xMax: 1, yMin: 0, yMax: 1 },
      xLabel: 'x',
    };
    expect(roundPlot(plot)).toEqual({
      ...plot,
      series: [{ name: 'f', points: [[0.123457, -1234.57], [Number.NaN, 3.33333e-13]] }],
      grid: [[3.14159, 2]],
      image: [[[12.3457, 255, 0]]],
    });
  });
});
