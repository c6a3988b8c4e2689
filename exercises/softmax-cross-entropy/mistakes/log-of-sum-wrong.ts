// caught-by: statement-example
// Log-sum-exp written with the shifted sum but without adding the maximum back:
// log Σ exp(zⱼ) = m + log Σ exp(zⱼ − m), and the "m +" is missing, so every probability is off by e^m.
export function softmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  const logSumExp = Math.log(logits.reduce((s, z) => s + Math.exp(z - max), 0));
  return logits.map((z) => Math.exp(z - logSumExp));
}

export function crossEntropy(probs: number[], label: number): number {
  return -Math.log(probs[label]);
}

export function softmaxCrossEntropyGrad(logits: number[], label: number): number[] {
  return softmax(logits).map((p, i) => (i === label ? p - 1 : p));
}
