import type { Rng } from './rng';

/**
 * Seeded input generators for checks. Every draw comes from the check's `rng`, so a grading
 * is reproducible from its seed. Vectors, matrices and tensors hold "nice" values (two
 * decimals, easy to read in feedback) that are never integers: integer inputs would let
 * hard-coded answers and integer-only shortcuts pass by luck.
 */

/** Uniform integer in [min, max], both inclusive. @example randomInt(rng, 1, 8) // 1..8 */
export function randomInt(rng: Rng, min: number, max: number): number {
  if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
    throw new RangeError(`randomInt needs integers min <= max, got ${min} and ${max}`);
  }
  // Math.min guards against an rng that returns exactly 1 (outside its contract).
  return Math.min(max, min + Math.floor(rng() * (max - min + 1)));
}

/** Uniform real number in [min, max). @example randomUniform(rng, -1, 1) */
export function randomUniform(rng: Rng, min: number, max: number): number {
  if (!(max >= min)) throw new RangeError(`randomUniform needs min <= max, got ${min} and ${max}`);
  return min + rng() * (max - min);
}

/**
 * Normal draw (Box–Muller). Uses two uniforms per call and keeps no state, so that the
 * stream of draws depends on the rng only.
 * @example randomNormal(rng, 0, 0.1)
 */
export function randomNormal(rng: Rng, mean = 0, sigma = 1): number {
  const u1 = 1 - rng(); // in (0, 1]: log(0) would be -Infinity
  const u2 = rng();
  return mean + sigma * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** Below this width a range has too few two-decimal values: draw raw floats instead. */
const NICE_MIN_WIDTH = 0.05;

/** A two-decimal, non-integer value in [min, max] (raw float when the range is too narrow). */
function niceValue(rng: Rng, min: number, max: number): number {
  if (max - min < NICE_MIN_WIDTH) return randomUniform(rng, min, max);
  for (let attempt = 0; attempt < 100; attempt++) {
    const value = Math.round(randomUniform(rng, min, max) * 100) / 100;
    if (value >= min && value <= max && !Number.isInteger(value)) return value;
  }
  return randomUniform(rng, min, max);
}

/** Vector of n nice non-integer values in [min, max]. @example randomVector(rng, 3) // [0.42, -0.07, 0.91] */
export function randomVector(rng: Rng, n: number, min = -1, max = 1): number[] {
  return Array.from({ length: n }, () => niceValue(rng, min, max));
}

/** rows × cols matrix (row-major) of nice values in [min, max]. @example randomMatrix(rng, 2, 3) */
export function randomMatrix(rng: Rng, rows: number, cols: number, min = -1, max = 1): number[][] {
  return Array.from({ length: rows }, () => randomVector(rng, cols, min, max));
}

/** d0 × d1 × d2 tensor (an image is [H][W][C]). @example randomTensor3(rng, 5, 5, 3) */
export function randomTensor3(rng: Rng, d0: number, d1: number, d2: number, min = -1, max = 1): number[][][] {
  return Array.from({ length: d0 }, () => randomMatrix(rng, d1, d2, min, max));
}

/** d0 × d1 × d2 × d3 tensor (kernels are [kh][kw][Cin][Cout]). @example randomTensor4(rng, 3, 3, 2, 4) */
export function randomTensor4(
  rng: Rng,
  d0: number,
  d1: number,
  d2: number,
  d3: number,
  min = -1,
  max = 1,
): number[][][][] {
  return Array.from({ length: d0 }, () => randomTensor3(rng, d1, d2, d3, min, max));
}

/** n class labels in 0..classes−1. @example randomLabels(rng, 4, 3) // [2, 0, 0, 1] */
export function randomLabels(rng: Rng, n: number, classes: number): number[] {
  return Array.from({ length: n }, () => randomInt(rng, 0, classes - 1));
}

/** A shuffled copy (Fisher–Yates); the input is left as it is. @example shuffled(rng, [1, 2, 3]) */
export function shuffled<T>(rng: Rng, array: readonly T[]): T[] {
  const copy = [...array];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(rng, 0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/**
 * Draws until `accept` holds, e.g. to keep ReLU inputs away from the kink at 0.
 * Throws after maxTries: a check whose condition is (almost) never met is a bug in the check.
 * @example redrawUntil(rng, (r) => randomMatrix(r, 2, 3), (m) => m.flat().every((v) => Math.abs(v) > 1e-3))
 */
export function redrawUntil<T>(rng: Rng, draw: (rng: Rng) => T, accept: (value: T) => boolean, maxTries = 1000): T {
  for (let attempt = 0; attempt < maxTries; attempt++) {
    const value = draw(rng);
    if (accept(value)) return value;
  }
  throw new Error(`redrawUntil: no acceptable value in ${maxTries} draws`);
}
