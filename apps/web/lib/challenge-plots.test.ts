import { describe, expect, it } from 'vitest';
import type { TrainingProgress } from './api-types';
import { EMPTY_TRAINING, MAX_LOSS_POINTS, addTrainingEvent, bestAccuracyPlot, lossCurvePlot } from './challenge-plots';

const report = (epoch: number, loss: number, cpuMs = 100): TrainingProgress => ({ type: 'training', epoch, loss, cpuMs, budgetMs: 90_000 });

describe('addTrainingEvent', () => {
  it('appends each reported epoch and keeps the latest CPU time and the budget', () => {
    const state = [report(1, 2.1, 500), report(2, 0.9, 1100)].reduce(addTrainingEvent, EMPTY_TRAINING);
    expect(state.points).toEqual([[1, 2.1], [2, 0.9]]);
    expect(state).toMatchObject({ cpuMs: 1100, budgetMs: 90_000 });
  });

  it('replaces a repeated epoch instead of drawing a vertical jump', () => {
    const state = [report(1, 2), report(1, 1.5)].reduce(addTrainingEvent, EMPTY_TRAINING);
    expect(state.points).toEqual([[1, 1.5]]);
  });

  it('keeps a NaN loss out of the curve but counts its CPU time', () => {
    const state = [report(1, 2, 100), report(2, Number.NaN, 300)].reduce(addTrainingEvent, EMPTY_TRAINING);
    expect(state.points).toEqual([[1, 2]]);
    expect(state.cpuMs).toBe(300);
  });

  it('keeps at most MAX_LOSS_POINTS points, the latest ones', () => {
    let state = EMPTY_TRAINING;
    for (let epoch = 0; epoch < MAX_LOSS_POINTS + 10; epoch += 1) state = addTrainingEvent(state, report(epoch, 1));
    expect(state.points).toHaveLength(MAX_LOSS_POINTS);
    expect(state.points[0]![0]).toBe(10);
  });
});

describe('lossCurvePlot', () => {
  it('draws one point as a marker, more as a line', () => {
    expect(lossCurvePlot([[1, 2]]).series[0]!.style).toBe('points');
    expect(lossCurvePlot([[1, 2], [2, 1]]).series[0]!.style).toBe('line');
  });
});

describe('bestAccuracyPlot', () => {
  it('steps from one best to the next and holds the last best until now, in hours', () => {
    const plot = bestAccuracyPlot(
      [{ at: '2026-03-01T10:00:00Z', bestPublicAccuracy: 0.9 }, { at: '2026-03-01T12:00:00Z', bestPublicAccuracy: 0.95 }],
      Date.parse('2026-03-01T13:00:00Z'),
      'fr',
    );
    expect(plot.series[0]!.points).toEqual([[0, 90], [2, 90], [2, 95], [3, 95]]);
    expect(plot.xLabel).toBe('heures');
  });

  it('counts in days past two days', () => {
    const plot = bestAccuracyPlot([{ at: '2026-03-01T00:00:00Z', bestPublicAccuracy: 0.5 }], Date.parse('2026-03-04T12:00:00Z'), 'en');
    expect(plot.series[0]!.points).toEqual([[0, 50], [3.5, 50]]);
    expect(plot.xLabel).toBe('days');
  });

  it('counts in minutes over the first two hours', () => {
    const plot = bestAccuracyPlot([{ at: '2026-03-01T10:00:00Z', bestPublicAccuracy: 0.8 }], Date.parse('2026-03-01T10:30:00Z'), 'en');
    expect(plot.series[0]!.points).toEqual([[0, 80], [30, 80]]);
    expect(plot.xLabel).toBe('minutes');
  });

  it('has no points without history', () => {
    expect(bestAccuracyPlot([], Date.now(), 'en').series[0]!.points).toEqual([]);
  });
});
