// caught-by: cross-entropy-small-probability
// Adds an epsilon "to be safe": −log(p + 1e-7) is far from −log p once p is below 1e-7.
export function softmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const sum = exps.reduce((s, e) => s + e, 0);
  return exps.map((e) => e / sum);
}

export function crossEntropy(probs: number[], label: number): number {
  return -Math.log(probs[label] + 1e-7);
}

export function softmaxCrossEntropyGrad(logits: number[], label: number): number[] {
  return softmax(logits).map((p, i) => (i === label ? p - 1 : p));
}
