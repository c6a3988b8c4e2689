import { text, type Localized, type Outcome, type Plot } from '@dl/graders';

/** Adds plots to an outcome's details, keeping what is already there (input, worst element…). */
export function withPlots(outcome: Outcome, plots: Plot[]): Outcome {
  return { ...outcome, details: { ...outcome.details, plots: [...(outcome.details?.plots ?? []), ...plots] } };
}

/** A straight line to draw: its name and y = a·x + b. */
export interface NamedLine {
  name: string;
  a: number;
  b: number;
}

/**
 * The data points as a scatter, with straight lines over them drawn across the data's x range
 * (a line with non-finite coefficients is left out rather than breaking the plot).
 * @example
 *   lineOverDataPlot([0, 1], [1, 3], [{ name: 'votre droite / your line', a: 2, b: 1 }]);
 */
export function lineOverDataPlot(xs: number[], ys: number[], lines: NamedLine[], title: Localized = text('Données et droites', 'Data and lines')): Plot {
  const [xMin, xMax] = [Math.min(...xs), Math.max(...xs)];
  return {
    kind: 'scatter',
    title,
    series: [
      { name: 'données / data', style: 'points', points: xs.map((x, i): [number, number] => [x, ys[i]!]) },
      ...lines
        .filter(({ a, b }) => Number.isFinite(a) && Number.isFinite(b))
        .map(({ name, a, b }) => ({ name, style: 'line' as const, points: [[xMin, a * xMin + b], [xMax, a * xMax + b]] as [number, number][] })),
    ],
    xLabel: 'x',
    yLabel: 'y',
  };
}

/**
 * Curves indexed by their position (a loss per epoch, a value per step): one series each;
 * values that are not finite numbers are skipped so that a student's NaN still draws.
 * @example
 *   indexedCurvesPlot(text('Coût J', 'Cost J'), 'epoch', 'J', { 'attendu / expected': [4, 2, 1] });
 */
export function indexedCurvesPlot(title: Localized, xLabel: string, yLabel: string, curves: Record<string, unknown>): Plot {
  const series = Object.entries(curves).map(([name, values]) => ({
    name,
    style: 'line' as const,
    points: (Array.isArray(values) ? values : [])
      .map((value, index): [number, number] => [index, typeof value === 'number' ? value : Number.NaN])
      .filter(([, value]) => Number.isFinite(value)),
  }));
  return { kind: 'line', title, series, xLabel, yLabel };
}
