// The challenge pages' two live charts as Plot values, so that the exercise page's PlotChart
// draws them: the training loss reported epoch by epoch, and the best accuracy over time.
import type { Leaderboard, Plot, TrainingProgress } from './api-types';
import type { Language, Localized } from './i18n';

/** Most loss points kept in the page: a student reporting every batch would otherwise grow it without end. */
export const MAX_LOSS_POINTS = 2000;

/** A training in flight as the page follows it. */
export interface TrainingState {
  /** (epoch, loss) in the order reported; a repeated epoch replaces its earlier point. */
  points: [number, number][];
  cpuMs: number;
  budgetMs: number;
}

export const EMPTY_TRAINING: TrainingState = { points: [], cpuMs: 0, budgetMs: 0 };

/**
 * Adds one `report(epoch, loss)` event to the training state (pure: returns a new state).
 * Non-finite losses are kept out of the curve, but their CPU time still counts.
 * @example
 * addTrainingEvent(EMPTY_TRAINING, { type: 'training', epoch: 1, loss: 0.7, cpuMs: 900, budgetMs: 90_000 }).points // [[1, 0.7]]
 */
export function addTrainingEvent(state: TrainingState, event: TrainingProgress): TrainingState {
  const base = { cpuMs: Math.max(state.cpuMs, event.cpuMs), budgetMs: event.budgetMs };
  if (!Number.isFinite(event.epoch) || !Number.isFinite(event.loss)) return { ...state, ...base };
  const last = state.points.at(-1);
  const points: [number, number][] = last && last[0] === event.epoch ? state.points.slice(0, -1) : state.points.slice(-(MAX_LOSS_POINTS - 1));
  points.push([event.epoch, event.loss]);
  return { ...base, points };
}

const LOSS_TITLE: Localized = { fr: 'Perte pendant l’entraînement (en direct)', en: 'Training loss (live)' };

/** The live loss curve. */
export function lossCurvePlot(points: [number, number][]): Plot {
  return { kind: 'line', title: LOSS_TITLE, series: [{ name: 'loss', points, style: points.length > 1 ? 'line' : 'points' }], xLabel: 'epoch', yLabel: 'loss' };
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** The x axis' unit: minutes over the first two hours, hours over the first two days, then days. */
const TIME_UNITS: readonly { ms: number; below: number; label: Localized }[] = [
  { ms: MINUTE_MS, below: 2 * HOUR_MS, label: { fr: 'minutes', en: 'minutes' } },
  { ms: HOUR_MS, below: 2 * DAY_MS, label: { fr: 'heures', en: 'hours' } },
  { ms: DAY_MS, below: Infinity, label: { fr: 'jours', en: 'days' } },
];

/**
 * The best public accuracy (in %) over time since the first scored submission, as a step
 * line that goes on to `now`, in minutes, hours or days as the span requires.
 * @example
 * bestAccuracyPlot([{ at: '2026-03-01T10:00:00Z', bestPublicAccuracy: 0.9 }], Date.parse('2026-03-01T13:00:00Z'), 'en').series[0].points
 * // [[0, 90], [3, 90]] (hours)
 */
export function bestAccuracyPlot(history: Leaderboard['history'], now: number, lang: Language): Plot {
  const times = history.map((point) => Date.parse(point.at));
  const start = times[0] ?? now;
  const end = Math.max(now, times.at(-1) ?? now);
  const unit = TIME_UNITS.find((candidate) => end - start < candidate.below)!;
  const points: [number, number][] = [];
  history.forEach((point, i) => {
    const x = (times[i]! - start) / unit.ms;
    const y = 100 * point.bestPublicAccuracy;
    // A step: the previous best holds until this improvement.
    if (points.length > 0) points.push([x, points.at(-1)![1]]);
    points.push([x, y]);
  });
  if (points.length > 0) points.push([(end - start) / unit.ms, points.at(-1)![1]]);
  return {
    kind: 'line',
    title: { fr: 'Meilleure précision publique au fil du temps', en: 'Best public accuracy over time' },
    series: [{ name: 'best %', points, style: 'line' }],
    xLabel: unit.label[lang],
    yLabel: '%',
  };
}
