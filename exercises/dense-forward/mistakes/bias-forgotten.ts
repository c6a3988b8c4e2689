// caught-by: statement-example
// Computes XW and forgets to add b.
export function denseForward(X: number[][], W: number[][], b: number[]): number[][] {
  return X.map((row) => W[0].map((_, j) => row.reduce((sum, x, k) => sum + x * W[k][j], 0)));
}
