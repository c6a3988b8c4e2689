// caught-by: statement-example
// The mean absolute error (1/n) Σ |e| instead of the mean of the squares.
export function mse(yPred: number[], yTrue: number[]): number {
  return yPred.reduce((s, p, i) => s + Math.abs(p - yTrue[i]), 0) / yPred.length;
}
