// caught-by: random-features
// Trains w only: b stays 0, so the line is forced through the origin.
export function trainLinearRegression(X: number[][], y: number[], learningRate: number, epochs: number) {
  const n = X.length;
  let w: number[] = X[0].map(() => 0);
  const b = 0;
  const losses: number[] = [];
  for (let epoch = 0; epoch < epochs; epoch++) {
    const r = X.map((row, i) => row.reduce((s, x, j) => s + x * w[j], b) - y[i]);
    losses.push(r.reduce((s, ri) => s + ri * ri, 0) / n);
    w = w.map((wj, j) => wj - learningRate * (2 / n) * X.reduce((s, row, i) => s + row[j] * r[i], 0));
  }
  return { w, b, losses };
}
