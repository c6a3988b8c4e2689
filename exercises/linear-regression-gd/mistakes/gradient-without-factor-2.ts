// caught-by: statement-example
// Drops the 2 of ∂(r²)/∂r: the gradient of (1/n) Σ r² is (2/n) Xᵀr, not (1/n) Xᵀr (that is the 1/2n cost's).
export function trainLinearRegression(X: number[][], y: number[], learningRate: number, epochs: number) {
  const n = X.length;
  let w: number[] = X[0].map(() => 0);
  let b = 0;
  const losses: number[] = [];
  for (let epoch = 0; epoch < epochs; epoch++) {
    const r = X.map((row, i) => row.reduce((s, x, j) => s + x * w[j], b) - y[i]);
    losses.push(r.reduce((s, ri) => s + ri * ri, 0) / n);
    const dw = w.map((_, j) => X.reduce((s, row, i) => s + row[j] * r[i], 0) / n);
    const db = r.reduce((s, ri) => s + ri, 0) / n;
    w = w.map((wj, j) => wj - learningRate * dw[j]);
    b -= learningRate * db;
  }
  return { w, b, losses };
}
