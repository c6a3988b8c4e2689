/**
 * Full-batch gradient descent on J = (1/n) Σ rᵢ², r = Xw + b − y, from w = 0 and b = 0.
 * Each epoch records J, then takes both gradients at the same point before moving.
 */
export function trainLinearRegression(
  X: number[][],
  y: number[],
  learningRate: number,
  epochs: number,
): { w: number[]; b: number; losses: number[] } {
  const n = X.length;
  const d = X[0].length;
  let w: number[] = new Array(d).fill(0);
  let b = 0;
  const losses: number[] = [];
  for (let epoch = 0; epoch < epochs; epoch++) {
    const r = X.map((row, i) => row.reduce((s, x, j) => s + x * w[j], b) - y[i]);
    losses.push(r.reduce((s, ri) => s + ri * ri, 0) / n);
    const dw = w.map((_, j) => (2 / n) * X.reduce((s, row, i) => s + row[j] * r[i], 0));
    const db = (2 / n) * r.reduce((s, ri) => s + ri, 0);
    w = w.map((wj, j) => wj - learningRate * dw[j]);
    b -= learningRate * db;
  }
  return { w, b, losses };
}
