import { pass } from '@dl/graders';
import { describe, expect, it } from 'vitest';
import { channelOf, featureMapPlots, withPlots } from './feature-map-plots';

describe('channelOf', () => {
  it('takes one channel of an H×W×C tensor', () => {
    expect(channelOf([[[1, 2], [3, 4]], [[5, 6], [7, 8]]], 1)).toEqual([[2, 4], [6, 8]]);
  });

  it('gives null for anything that is not a tensor of finite numbers', () => {
    expect(channelOf(3)).toBeNull();
    expect(channelOf([[[1], [2]], [[3]]])).toBeNull();
    expect(channelOf([[[Number.NaN]]])).toBeNull();
  });
});

describe('featureMapPlots', () => {
  const name = { fr: 'f(x)', en: 'f(x)' };

  it('draws the expected map, then the student’s', () => {
    const plots = featureMapPlots(name, [[1, 2]], [[1, 3]]);
    expect(plots.map((plot) => [plot.kind, plot.title.en, plot.grid])).toEqual([
      ['heatmap', 'Expected: f(x)', [[1, 3]]],
      ['heatmap', 'Your result: f(x)', [[1, 2]]],
    ]);
  });

  it('leaves out a malformed student result and crops large maps to 40 × 40', () => {
    const big = Array.from({ length: 50 }, () => Array.from({ length: 60 }, () => 1));
    const plots = featureMapPlots(name, 'oops', big);
    expect(plots).toHaveLength(1);
    expect([plots[0]!.grid!.length, plots[0]!.grid![0]!.length]).toEqual([40, 40]);
  });

  it('adds plots to an outcome', () => {
    const outcome = withPlots(pass(), featureMapPlots(name, [[1]], [[1]]));
    expect(outcome.details?.plots).toHaveLength(2);
  });
});
