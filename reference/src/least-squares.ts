/** A straight line y = a·x + b. */
export interface Line {
  a: number;
  b: number;
}

/**
 * The least-squares line of y on x, in float64 (no TensorFlow.js op computes it):
 * a = Σ (xᵢ − x̄)(yᵢ − ȳ) / Σ (xᵢ − x̄)², b = ȳ − a·x̄. Centring first keeps the sums accurate
 * when the xs sit far from 0 (n·Σx² − (Σx)² cancels catastrophically there).
 * @example
 *   leastSquaresLine([0, 1, 2], [1, 3, 5]); // { a: 2, b: 1 }
 */
export function leastSquaresLine(xs: number[], ys: number[]): Line {
  const n = xs.length;
  const xMean = xs.reduce((s, x) => s + x, 0) / n;
  const yMean = ys.reduce((s, y) => s + y, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - xMean;
    covariance += dx * (ys[i]! - yMean);
    variance += dx * dx;
  }
  const a = covariance / variance;
  return { a, b: yMean - a * xMean };
}
