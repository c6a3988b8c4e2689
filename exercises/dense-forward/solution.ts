/** Y = XW + b: entry (i, j) is bⱼ plus the dot product of sample i with column j of W. */
export function denseForward(X: number[][], W: number[][], b: number[]): number[][] {
  return X.map((row) => b.map((bias, j) => row.reduce((sum, x, k) => sum + x * W[k][j], bias)));
}
