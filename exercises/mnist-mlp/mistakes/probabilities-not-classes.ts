// caught-by: predictions-valid
// Returns the probability of the best class instead of the class itself.
export function train(images: Float32Array, labels: Uint8Array, count: number, report: (epoch: number, loss: number) => void): unknown {
  return null;
}

export function predict(model: unknown, images: Float32Array, count: number): ArrayLike<number> {
  return new Float64Array(count).fill(0.35);
}
