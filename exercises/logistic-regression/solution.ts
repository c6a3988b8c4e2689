/** σ(z) = 1 / (1 + e^{−z}), written so that the exponential never overflows. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** zᵢ = w·xᵢ + b for every row of X. */
function scores(w: number[], b: number, X: number[][]): number[] {
  return X.map((row) => row.reduce((s, x, j) => s + x * w[j], b));
}

/**
 * −log σ(z) = log(1 + e^{−z}) and −log(1 − σ(z)) = log(1 + e^{z}) = z + log(1 + e^{−z}),
 * so each term is max(z, 0) − y·z + log(1 + e^{−|z|}): no overflow, no log(0).
 */
export function logisticLoss(w: number[], b: number, X: number[][], y: number[]): number {
  const z = scores(w, b, X);
  let total = 0;
  for (let i = 0; i < z.length; i++) total += Math.max(z[i], 0) - y[i] * z[i] + Math.log1p(Math.exp(-Math.abs(z[i])));
  return total / z.length;
}

/** dw = (1/n) Xᵀ(σ(z) − y), db = (1/n) Σᵢ (σ(zᵢ) − yᵢ). */
export function logisticGradient(w: number[], b: number, X: number[][], y: number[]): { dw: number[]; db: number } {
  const n = X.length;
  const errors = scores(w, b, X).map((z, i) => sigmoid(z) - y[i]);
  const dw = w.map((_, j) => errors.reduce((s, e, i) => s + X[i][j] * e, 0) / n);
  return { dw, db: errors.reduce((s, e) => s + e, 0) / n };
}
