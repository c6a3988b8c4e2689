// caught-by: pure-decay
// Adds λW instead of subtracting it: the weights grow instead of shrinking.
export function l2Penalty(W: number[][], lambda: number): number {
  let sum = 0;
  for (const row of W) for (const w of row) sum += w * w;
  return (lambda / 2) * sum;
}

export function regularizedStep(W: number[][], gradW: number[][], learningRate: number, lambda: number): number[][] {
  return W.map((row, i) => row.map((w, j) => w + learningRate * lambda * w - learningRate * gradW[i][j]));
}
