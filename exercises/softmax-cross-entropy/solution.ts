/** Softmax with the maximum subtracted first: same result, and exp never overflows. */
export function softmax(logits: number[]): number[] {
  const max = logits.reduce((m, z) => Math.max(m, z), -Infinity);
  const exps = logits.map((z) => Math.exp(z - max));
  const sum = exps.reduce((s, e) => s + e, 0);
  return exps.map((e) => e / sum);
}

/** J = −log p[label], exactly. */
export function crossEntropy(probs: number[], label: number): number {
  return -Math.log(probs[label]);
}

/** ∂J/∂z = softmax(z) − onehot(label). */
export function softmaxCrossEntropyGrad(logits: number[], label: number): number[] {
  return softmax(logits).map((p, i) => (i === label ? p - 1 : p));
}
