// caught-by: non-square
// Reads W as out×in: walks the rows of W as if they were its columns.
export function denseForward(X: number[][], W: number[][], b: number[]): number[][] {
  return X.map((row) => W.map((column, j) => column.reduce((sum, w, k) => sum + w * row[k], b[j])));
}
