// caught-by: gradient-value
// Returns softmax(z) as the gradient and forgets to subtract the one-hot vector of the label.
export function softmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const sum = exps.reduce((s, e) => s + e, 0);
  return exps.map((e) => e / sum);
}

export function crossEntropy(probs: number[], label: number): number {
  return -Math.log(probs[label]);
}

export function softmaxCrossEntropyGrad(logits: number[], label: number): number[] {
  return softmax(logits);
}
