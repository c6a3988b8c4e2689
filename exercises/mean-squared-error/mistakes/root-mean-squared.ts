// caught-by: statement-example
// Takes the square root at the end: that is the RMSE, not the MSE.
export function mse(yPred: number[], yTrue: number[]): number {
  return Math.sqrt(yPred.reduce((s, p, i) => s + (p - yTrue[i]) ** 2, 0) / yPred.length);
}
