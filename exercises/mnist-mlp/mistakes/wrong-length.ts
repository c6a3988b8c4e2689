// caught-by: predictions-valid
// Returns the scores of every class (count × 10 values) instead of one class per image.
export function train(images: Float32Array, labels: Uint8Array, count: number, report: (epoch: number, loss: number) => void): unknown {
  return null;
}

export function predict(model: unknown, images: Float32Array, count: number): ArrayLike<number> {
  return new Float32Array(count * 10).fill(0.1);
}
