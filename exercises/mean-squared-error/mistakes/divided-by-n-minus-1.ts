// caught-by: small-sizes
// Divides by n − 1 as for an unbiased variance: off by n/(n − 1), and Infinity or NaN for a single value.
export function mse(yPred: number[], yTrue: number[]): number {
  return yPred.reduce((s, p, i) => s + (p - yTrue[i]) ** 2, 0) / (yPred.length - 1);
}
