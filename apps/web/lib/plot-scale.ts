// The arithmetic behind the result page's SVG charts: bounds, scales, ticks, colour map.
// Pure functions, so that the drawing components only place what these compute.

export interface Bounds {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Widens an empty interval so that a single value still gets a readable axis. */
function widen(min: number, max: number): [number, number] {
  if (min < max) return [min, max];
  const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
  return [min - pad, max + pad];
}

/**
 * The extent of every finite point of every series (non-finite points are skipped),
 * or null when there is none.
 * @example
 * dataBounds([[[0, 1], [2, 3]]]) // { xMin: 0, xMax: 2, yMin: 1, yMax: 3 }
 */
export function dataBounds(series: readonly (readonly (readonly [number, number])[])[]): Bounds | null {
  let xMin = Infinity, xMax = -Infinity, yMin = Infinity, yMax = -Infinity;
  for (const points of series) {
    for (const [x, y] of points) {
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      xMin = Math.min(xMin, x); xMax = Math.max(xMax, x);
      yMin = Math.min(yMin, y); yMax = Math.max(yMax, y);
    }
  }
  if (xMin > xMax) return null;
  [xMin, xMax] = widen(xMin, xMax);
  [yMin, yMax] = widen(yMin, yMax);
  return { xMin, xMax, yMin, yMax };
}

/**
 * Bounds grown by a fraction of their size on each side, so that points on the extremes
 * are not drawn on the frame.
 * @example
 * padBounds({ xMin: 0, xMax: 10, yMin: 0, yMax: 1 }, 0.1) // { xMin: -1, xMax: 11, yMin: -0.1, yMax: 1.1 }
 */
export function padBounds(bounds: Bounds, fraction: number): Bounds {
  const dx = (bounds.xMax - bounds.xMin) * fraction;
  const dy = (bounds.yMax - bounds.yMin) * fraction;
  return { xMin: bounds.xMin - dx, xMax: bounds.xMax + dx, yMin: bounds.yMin - dy, yMax: bounds.yMax + dy };
}

/**
 * A linear map from a data interval to a pixel interval (reversed ranges flip the axis).
 * @example
 * linearScale([0, 10], [0, 100])(5) // 50
 */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): (value: number) => number {
  const ratio = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * ratio;
}

/**
 * About `target` round tick values (steps of 1, 2 or 5 × 10ⁿ) inside [min, max], free of
 * floating-point noise (0.30000000000000004 comes out as 0.3). `integer` keeps steps ≥ 1
 * (grid indices).
 * @example
 * niceTicks(0, 1, 5) // [0, 0.2, 0.4, 0.6, 0.8, 1]
 */
export function niceTicks(min: number, max: number, target = 5, integer = false): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || max < min) return [];
  if (max === min) return [min];
  const raw = (max - min) / Math.max(1, target);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  let step = (fraction <= 1.5 ? 1 : fraction <= 3 ? 2 : fraction <= 7 ? 5 : 10) * power;
  if (integer) step = Math.max(1, Math.round(step));
  // Decimals of the step, to round away the noise that i × step accumulates.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const first = Math.ceil(min / step - 1e-9);
  const last = Math.floor(max / step + 1e-9);
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toFixed(decimals)) || 0);
  return ticks;
}

// Viridis sampled at eleven evenly spaced points (perceptually uniform, readable in grey
// and by most colour-blind readers); colours between them are interpolated linearly.
const VIRIDIS: readonly (readonly [number, number, number])[] = [
  [68, 1, 84], [72, 36, 117], [65, 68, 135], [53, 95, 141], [42, 120, 142], [33, 145, 140],
  [34, 168, 132], [68, 191, 112], [122, 209, 81], [189, 223, 38], [253, 231, 37],
];

/**
 * The viridis colour at t ∈ [0, 1] (dark purple at 0, yellow at 1; t is clamped) as `rgb(r, g, b)`.
 * @example
 * viridis(0) // 'rgb(68, 1, 84)'
 */
export function viridis(t: number): string {
  const clamped = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  const position = clamped * (VIRIDIS.length - 1);
  const low = Math.floor(position);
  const high = Math.min(VIRIDIS.length - 1, low + 1);
  const mix = position - low;
  const channel = (c: number) => Math.round(VIRIDIS[low]![c]! + (VIRIDIS[high]![c]! - VIRIDIS[low]![c]!) * mix);
  return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`;
}

/**
 * The smallest and largest finite values of a grid, or null when it has none.
 * @example
 * gridRange([[1, NaN], [3, -2]]) // { min: -2, max: 3 }
 */
export function gridRange(grid: readonly (readonly number[])[]): { min: number; max: number } | null {
  let min = Infinity, max = -Infinity;
  for (const row of grid) {
    for (const value of row) {
      if (!Number.isFinite(value)) continue;
      min = Math.min(min, value); max = Math.max(max, value);
    }
  }
  return min <= max ? { min, max } : null;
}

/** Colour of a heatmap cell whose value is not a finite number. */
export const MISSING_CELL_COLOR = '#d0d7de';

/**
 * A heatmap cell's colour: viridis from the grid's minimum to its maximum. A constant grid
 * takes the middle of the ramp (not black, which would read as "all minimum"); NaN and
 * ±Infinity take a neutral grey.
 * @example
 * cellColor(5, 0, 10) // viridis(0.5)
 */
export function cellColor(value: number, min: number, max: number): string {
  if (!Number.isFinite(value)) return MISSING_CELL_COLOR;
  return viridis(max > min ? (value - min) / (max - min) : 0.5);
}

/**
 * The data rectangle a heatmap covers: `extent` taken as the outer edges of the grid
 * (cell (row, col) spans 1/cols of the width, row 0 at the top), or cell indices when
 * there is no extent (column j spans [j − ½, j + ½], so that ticks land on cell centres).
 * @example
 * heatmapBounds(3, 4) // { xMin: -0.5, xMax: 3.5, yMin: -0.5, yMax: 2.5 }
 */
export function heatmapBounds(rows: number, columns: number, extent?: Bounds): Bounds {
  if (extent && extent.xMax > extent.xMin && extent.yMax > extent.yMin) return extent;
  return { xMin: -0.5, xMax: columns - 0.5, yMin: -0.5, yMax: rows - 0.5 };
}

/**
 * A series split into runs of finite points: a line is broken where a point is NaN or
 * ±Infinity instead of being joined across it.
 * @example
 * finiteRuns([[0, 1], [1, NaN], [2, 3], [3, 4]]) // [[[0, 1]], [[2, 3], [3, 4]]]
 */
export function finiteRuns(points: readonly (readonly [number, number])[]): [number, number][][] {
  const runs: [number, number][][] = [];
  let current: [number, number][] = [];
  for (const [x, y] of points) {
    if (Number.isFinite(x) && Number.isFinite(y)) {
      current.push([x, y]);
    } else if (current.length > 0) {
      runs.push(current);
      current = [];
    }
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/**
 * A value shortened to three significant digits for the narrow labels of a chart
 * (a colour bar's ends), in exponent form when very small or very large.
 * @example
 * compactNumber(5.20205) // '5.2'
 */
export function compactNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-3 || abs >= 1e5)) return value.toExponential(2).replace(/\.?0+e/, 'e');
  return String(Number(value.toPrecision(3)));
}
