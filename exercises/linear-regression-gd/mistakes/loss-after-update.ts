// caught-by: statement-example
// Records the loss after the update of each epoch: losses[e] must be the MSE before it.
export function trainLinearRegression(X: number[][], y: number[], learningRate: number, epochs: number) {
  const n = X.length;
  let w: number[] = X[0].map(() => 0);
  let b = 0;
  const losses: number[] = [];
  const residuals = () => X.map((row, i) => row.reduce((s, x, j) => s + x * w[j], b) - y[i]);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const r = residuals();
    const dw = w.map((_, j) => (2 / n) * X.reduce((s, row, i) => s + row[j] * r[i], 0));
    const db = (2 / n) * r.reduce((s, ri) => s + ri, 0);
    w = w.map((wj, j) => wj - learningRate * dw[j]);
    b -= learningRate * db;
    losses.push(residuals().reduce((s, ri) => s + ri * ri, 0) / n);
  }
  return { w, b, losses };
}
