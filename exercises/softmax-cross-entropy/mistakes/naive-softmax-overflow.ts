// caught-by: softmax-stable
// exp(z) without subtracting the maximum: exp(1000) is Infinity and Infinity / Infinity is NaN.
export function softmax(logits: number[]): number[] {
  const exps = logits.map((z) => Math.exp(z));
  const sum = exps.reduce((s, e) => s + e, 0);
  return exps.map((e) => e / sum);
}

export function crossEntropy(probs: number[], label: number): number {
  return -Math.log(probs[label]);
}

export function softmaxCrossEntropyGrad(logits: number[], label: number): number[] {
  return softmax(logits).map((p, i) => (i === label ? p - 1 : p));
}
