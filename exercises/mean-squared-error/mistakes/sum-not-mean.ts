// caught-by: statement-example
// The sum of squared errors, never divided by n.
export function mse(yPred: number[], yTrue: number[]): number {
  return yPred.reduce((s, p, i) => s + (p - yTrue[i]) ** 2, 0);
}
