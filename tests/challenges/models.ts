// Small student submissions for the challenge tests: quick to train on a few thousand images.

/** Nearest class mean: about 80 % on MNIST, trained in a fraction of a second. Reports one loss per class. */
export const NEAREST_CENTROID = `
export function train(images: Float32Array, labels: Uint8Array, count: number, report: (epoch: number, loss: number) => void) {
  const sums = new Float32Array(10 * 784);
  const counts = new Float32Array(10);
  for (let i = 0; i < count; i++) {
    const c = labels[i]!;
    counts[c]++;
    for (let p = 0; p < 784; p++) sums[c * 784 + p] += images[i * 784 + p]!;
  }
  for (let c = 0; c < 10; c++) {
    for (let p = 0; p < 784; p++) sums[c * 784 + p] /= Math.max(1, counts[c]!);
    report(c + 1, 1 / (c + 1));
  }
  return sums;
}

export function predict(model: unknown, images: Float32Array, count: number) {
  const centroids = model as Float32Array;
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    let best = 0, bestDistance = Infinity;
    for (let c = 0; c < 10; c++) {
      let d = 0;
      for (let p = 0; p < 784; p++) { const diff = images[i * 784 + p]! - centroids[c * 784 + p]!; d += diff * diff; }
      if (d < bestDistance) { bestDistance = d; best = c; }
    }
    out[i] = best;
  }
  return out;
}
`;

/** A submission whose predict returns `expression` (with `count` in scope) after an empty training. */
export const predicting = (expression: string) => `
export function train() { return null; }
export function predict(model: unknown, images: Float32Array, count: number) { return ${expression}; }
`;
