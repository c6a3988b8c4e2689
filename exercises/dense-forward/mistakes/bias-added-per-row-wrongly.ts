// caught-by: random-shapes
// Adds b indexed by the sample (row) instead of by the output unit (column).
export function denseForward(X: number[][], W: number[][], b: number[]): number[][] {
  return X.map((row, i) => W[0].map((_, j) => row.reduce((sum, x, k) => sum + x * W[k][j], 0) + b[i]));
}
