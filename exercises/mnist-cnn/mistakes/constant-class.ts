// caught-by: public-accuracy
// Learns nothing: always answers the most frequent digit of the training set (about 11 %).
export function train(images: Float32Array, labels: Uint8Array, count: number, report: (epoch: number, loss: number) => void): unknown {
  const counts = new Array(10).fill(0);
  for (let i = 0; i < count; i++) counts[labels[i]!]++;
  report(1, 2.3);
  return counts.indexOf(Math.max(...counts));
}

export function predict(model: unknown, images: Float32Array, count: number): ArrayLike<number> {
  return new Array(count).fill(model as number);
}
