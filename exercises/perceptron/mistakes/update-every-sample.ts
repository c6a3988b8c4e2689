// caught-by: statement-example
// Updates on every sample with a ±1 target, w ← w + μ(2y − 1)x, even when the prediction is already right.
/** Heaviside step of w·x + b: a point exactly on the boundary is class 1. */
export function predict(w: number[], b: number, x: number[]): number {
  let z = b;
  for (let k = 0; k < w.length; k++) z += w[k] * x[k];
  return z >= 0 ? 1 : 0;
}

/** Rosenblatt's rule: w ← w + μ(y − ŷ)x, b ← b + μ(y − ŷ), sample by sample, from w = 0 and b = 0. */
export function trainPerceptron(X: number[][], y: number[], learningRate: number, epochs: number): { w: number[]; b: number } {
  const w = X[0].map(() => 0);
  let b = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = 0; i < X.length; i++) {
      const step = learningRate * (2 * y[i] - 1);
      for (let k = 0; k < w.length; k++) w[k] += step * X[i][k];
      b += step;
    }
  }
  return { w, b };
}
