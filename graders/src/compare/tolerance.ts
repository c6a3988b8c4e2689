/** Relative and absolute parts of a tolerance. */
export interface Tolerance {
  rtol: number;
  atol: number;
}

/**
 * The value tolerance of CURRICULUM.md. References compute in float32, whose sums of many
 * cancelling terms are far from exact relative to a small element, so the relative part is
 * scaled by the size of the whole expected tensor (its root mean square), not only the element.
 */
export const TOLERANCE: Tolerance = Object.freeze({ rtol: 1e-4, atol: 1e-6 });

/**
 * Largest error allowed on one element: rtol · (|expected| + rms) + atol.
 * @example allowedError(2, 1.5) // 1e-4 * 3.5 + 1e-6
 */
export function allowedError(expected: number, rms: number, tol: Tolerance = TOLERANCE): number {
  return tol.rtol * (Math.abs(expected) + rms) + tol.atol;
}

/** Root mean square of a list of numbers (0 for an empty list). */
export function rootMeanSquare(values: readonly number[]): number {
  if (values.length === 0) return 0;
  let sum = 0;
  for (const v of values) sum += v * v;
  return Math.sqrt(sum / values.length);
}
