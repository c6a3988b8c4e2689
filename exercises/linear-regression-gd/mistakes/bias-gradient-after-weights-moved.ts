// caught-by: statement-example
// Moves w first, then computes b's gradient from residuals of the new w: both gradients must be taken
// at the same point (w, b) of the current epoch.
export function trainLinearRegression(X: number[][], y: number[], learningRate: number, epochs: number) {
  const n = X.length;
  let w: number[] = X[0].map(() => 0);
  let b = 0;
  const losses: number[] = [];
  const residuals = () => X.map((row, i) => row.reduce((s, x, j) => s + x * w[j], b) - y[i]);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const r = residuals();
    losses.push(r.reduce((s, ri) => s + ri * ri, 0) / n);
    w = w.map((wj, j) => wj - learningRate * (2 / n) * X.reduce((s, row, i) => s + row[j] * r[i], 0));
    b -= learningRate * (2 / n) * residuals().reduce((s, ri) => s + ri, 0);
  }
  return { w, b, losses };
}
