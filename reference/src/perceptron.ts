/**
 * The perceptron's decision (Heaviside step): 1 when w·x + b ≥ 0, else 0; a point exactly on the
 * boundary is class 1.
 * @example
 *   perceptronPredict([1, -1], 0, [2, 2]); // 1 (w·x + b = 0)
 */
export function perceptronPredict(w: number[], b: number, x: number[]): number {
  let z = b;
  for (let k = 0; k < w.length; k++) z += w[k]! * x[k]!;
  return z >= 0 ? 1 : 0;
}

/**
 * Rosenblatt's rule in float64: from w = 0 and b = 0, for each epoch and each sample i in the given
 * order, ŷ = predict(w, b, xᵢ), then w ← w + μ(yᵢ − ŷ)xᵢ and b ← b + μ(yᵢ − ŷ) (no change when ŷ = yᵢ).
 * @example
 *   trainPerceptron([[0, 0], [1, 1]], [0, 1], 1, 5); // { w: [1, 1], b: -1 }
 */
export function trainPerceptron(X: number[][], y: number[], learningRate: number, epochs: number): { w: number[]; b: number } {
  const w = new Array<number>(X[0]!.length).fill(0);
  let b = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    X.forEach((x, i) => {
      const step = learningRate * (y[i]! - perceptronPredict(w, b, x));
      if (step === 0) return;
      x.forEach((value, k) => (w[k]! += step * value));
      b += step;
    });
  }
  return { w, b };
}
