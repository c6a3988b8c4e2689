/**
 * Standard deviations of the normal weight initialisations of the course. They keep the variance of
 * a layer's pre-activations close to that of its inputs: Var(Σₖ xₖWₖⱼ) = nIn · σ² · Var(x).
 */

/**
 * "Xavier" as the course names it: σ = 1/√nIn, so that nIn · σ² = 1 (suited to tanh and sigmoid).
 * @example
 *   xavierSigma(100); // 0.1
 */
export function xavierSigma(nIn: number): number {
  return 1 / Math.sqrt(nIn);
}

/**
 * He: σ = √(2/nIn); ReLU zeroes half its inputs, and the factor 2 gives that variance back.
 * @example
 *   heSigma(50); // 0.2
 */
export function heSigma(nIn: number): number {
  return Math.sqrt(2 / nIn);
}

/** P(|Z| ≤ 1) for Z ~ N(0, 1): the share of normal draws within one standard deviation of the mean. */
export const NORMAL_WITHIN_ONE_SIGMA = 0.6826894921370859;
/** P(|Z| > 2) for Z ~ N(0, 1): the share of normal draws beyond two standard deviations. */
export const NORMAL_BEYOND_TWO_SIGMA = 0.04550026389635842;
