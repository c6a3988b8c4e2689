// caught-by: loss-large-margins
// log(σ(z)) and log(1 − σ(z)) taken literally: σ(−1000) is 0 and 1 − σ(40) is 0 in float64, so a
// confidently wrong sample costs log(0) = −Infinity instead of about |z|.
export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function logisticLoss(w: number[], b: number, X: number[][], y: number[]): number {
  let total = 0;
  for (let i = 0; i < X.length; i++) {
    const p = sigmoid(X[i].reduce((s, x, j) => s + x * w[j], b));
    total += -(y[i] * Math.log(p) + (1 - y[i]) * Math.log(1 - p));
  }
  return total / X.length;
}

export function logisticGradient(w: number[], b: number, X: number[][], y: number[]): { dw: number[]; db: number } {
  const errors = X.map((row, i) => sigmoid(row.reduce((s, x, j) => s + x * w[j], b)) - y[i]);
  const dw = w.map((_, j) => errors.reduce((s, e, i) => s + X[i][j] * e, 0) / X.length);
  return { dw, db: errors.reduce((s, e) => s + e, 0) / X.length };
}
