// caught-by: larger-batch
// Sums the gradient over the samples without dividing by n: the step grows with the data set and the
// descent blows up once n is large.
export function trainLinearRegression(X: number[][], y: number[], learningRate: number, epochs: number) {
  const n = X.length;
  let w: number[] = X[0].map(() => 0);
  let b = 0;
  const losses: number[] = [];
  for (let epoch = 0; epoch < epochs; epoch++) {
    const r = X.map((row, i) => row.reduce((s, x, j) => s + x * w[j], b) - y[i]);
    losses.push(r.reduce((s, ri) => s + ri * ri, 0) / n);
    const dw = w.map((_, j) => 2 * X.reduce((s, row, i) => s + row[j] * r[i], 0));
    const db = 2 * r.reduce((s, ri) => s + ri, 0);
    w = w.map((wj, j) => wj - learningRate * dw[j]);
    b -= learningRate * db;
  }
  return { w, b, losses };
}
