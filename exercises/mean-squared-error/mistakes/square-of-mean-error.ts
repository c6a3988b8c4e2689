// caught-by: random-vectors
// Averages the errors first and squares the mean: positive and negative errors cancel out.
export function mse(yPred: number[], yTrue: number[]): number {
  const meanError = yPred.reduce((s, p, i) => s + (p - yTrue[i]), 0) / yPred.length;
  return meanError * meanError;
}
