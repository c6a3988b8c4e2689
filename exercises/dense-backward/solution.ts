/** Gradients through Y = XW + b, given dY = ∂J/∂Y: dX = dY Wᵀ, dW = Xᵀ dY, db = Σ over the batch of dY. */
export function denseBackward(X: number[][], W: number[][], dY: number[][]): { dX: number[][]; dW: number[][]; db: number[] } {
  const inputs = W.length;
  const outputs = W[0].length;
  const dX = dY.map((g) => W.map((row) => row.reduce((sum, w, j) => sum + g[j] * w, 0)));
  const dW = Array.from({ length: inputs }, (_, k) =>
    Array.from({ length: outputs }, (_, j) => X.reduce((sum, x, i) => sum + x[k] * dY[i][j], 0)),
  );
  const db = Array.from({ length: outputs }, (_, j) => dY.reduce((sum, g) => sum + g[j], 0));
  return { dX, dW, db };
}
