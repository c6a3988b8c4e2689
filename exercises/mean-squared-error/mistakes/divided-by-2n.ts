// caught-by: statement-example
// The ½ of some textbooks (it makes the derivative tidier) is not part of the MSE asked here: J = (1/n) Σ e².
export function mse(yPred: number[], yTrue: number[]): number {
  const sum = yPred.reduce((s, p, i) => s + (p - yTrue[i]) ** 2, 0);
  return sum / (2 * yPred.length);
}
