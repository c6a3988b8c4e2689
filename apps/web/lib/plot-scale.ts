// The arithmetic behind the result page's small SVG charts.

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
 * A linear map from a data interval to a pixel interval (reversed ranges flip the axis).
 * @example
 * linearScale([0, 10], [0, 100])(5) // 50
 */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): (value: number) => number {
  const ratio = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * ratio;
}

/**
 * Grey level for a heatmap cell: 0 (white) at the grid's minimum, 1 (black) at its maximum.
 * @example
 * cellShade(5, 0, 10) // 0.5
 */
export function cellShade(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return 0;
  return max > min ? (value - min) / (max - min) : 0.5;
}
