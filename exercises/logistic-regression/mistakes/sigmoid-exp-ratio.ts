// caught-by: sigmoid-extreme
// σ(z) = e^z / (1 + e^z): right on paper, but e^1000 is Infinity in float64 and Infinity / Infinity is NaN.
export function sigmoid(z: number): number {
  return Math.exp(z) / (1 + Math.exp(z));
}

export function logisticLoss(w: number[], b: number, X: number[][], y: number[]): number {
  const z = X.map((row) => row.reduce((s, x, j) => s + x * w[j], b));
  return z.reduce((s, zi, i) => s + Math.max(zi, 0) - y[i] * zi + Math.log1p(Math.exp(-Math.abs(zi))), 0) / z.length;
}

export function logisticGradient(w: number[], b: number, X: number[][], y: number[]): { dw: number[]; db: number } {
  const errors = X.map((row, i) => sigmoid(row.reduce((s, x, j) => s + x * w[j], b)) - y[i]);
  const dw = w.map((_, j) => errors.reduce((s, e, i) => s + X[i][j] * e, 0) / X.length);
  return { dw, db: errors.reduce((s, e) => s + e, 0) / X.length };
}
