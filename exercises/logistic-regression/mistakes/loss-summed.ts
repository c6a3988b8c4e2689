// caught-by: statement-example
// Sums the cross-entropies over the samples instead of averaging them.
export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function logisticLoss(w: number[], b: number, X: number[][], y: number[]): number {
  const z = X.map((row) => row.reduce((s, x, j) => s + x * w[j], b));
  return z.reduce((s, zi, i) => s + Math.max(zi, 0) - y[i] * zi + Math.log1p(Math.exp(-Math.abs(zi))), 0);
}

export function logisticGradient(w: number[], b: number, X: number[][], y: number[]): { dw: number[]; db: number } {
  const errors = X.map((row, i) => sigmoid(row.reduce((s, x, j) => s + x * w[j], b)) - y[i]);
  const dw = w.map((_, j) => errors.reduce((s, e, i) => s + X[i][j] * e, 0) / X.length);
  return { dw, db: errors.reduce((s, e) => s + e, 0) / X.length };
}
