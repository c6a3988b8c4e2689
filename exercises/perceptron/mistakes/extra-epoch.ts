// caught-by: one-epoch
// Off by one: the epoch loop runs epochs + 1 times.
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
  for (let epoch = 0; epoch <= epochs; epoch++) {
    for (let i = 0; i < X.length; i++) {
      const step = learningRate * (y[i] - predict(w, b, X[i]));
      for (let k = 0; k < w.length; k++) w[k] += step * X[i][k];
      b += step;
    }
  }
  return { w, b };
}
