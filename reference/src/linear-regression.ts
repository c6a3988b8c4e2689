/** What full-batch gradient descent on the MSE returns. */
export interface LinearRegressionFit {
  w: number[];
  b: number;
  /** losses[e]: the MSE before the update of epoch e. */
  losses: number[];
}

/**
 * Linear regression trained by full-batch gradient descent on J = (1/n) Σ rᵢ², r = Xw + b − y,
 * from w = 0, b = 0: each epoch records J, then steps w ← w − μ (2/n) Xᵀr and b ← b − μ (2/n) Σ rᵢ
 * with both gradients taken at the same point. In float64: a float32 loop would drift from a
 * correct float64 answer over the epochs.
 * @example
 *   linearRegressionByGradientDescent([[1], [2]], [2, 4], 0.1, 1); // { w: [1], b: 0.6, losses: [10] }
 */
export function linearRegressionByGradientDescent(X: number[][], y: number[], learningRate: number, epochs: number): LinearRegressionFit {
  const n = X.length;
  const d = X[0]!.length;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const losses: number[] = [];
  for (let epoch = 0; epoch < epochs; epoch++) {
    const residuals = X.map((row, i) => row.reduce((s, x, j) => s + x * w[j]!, b) - y[i]!);
    losses.push(residuals.reduce((s, r) => s + r * r, 0) / n);
    const dw = w.map((_, j) => (2 / n) * residuals.reduce((s, r, i) => s + X[i]![j]! * r, 0));
    const db = (2 / n) * residuals.reduce((s, r) => s + r, 0);
    for (let j = 0; j < d; j++) w[j]! -= learningRate * dw[j]!;
    b -= learningRate * db;
  }
  return { w, b, losses };
}
