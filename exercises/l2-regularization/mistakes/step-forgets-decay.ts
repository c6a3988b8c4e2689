// caught-by: step-random
// Plain gradient descent: the λW term of the penalty's gradient is missing.
export function l2Penalty(W: number[][], lambda: number): number {
  let sum = 0;
  for (const row of W) for (const w of row) sum += w * w;
  return (lambda / 2) * sum;
}

export function regularizedStep(W: number[][], gradW: number[][], learningRate: number, lambda: number): number[][] {
  return W.map((row, i) => row.map((w, j) => w - learningRate * gradW[i][j]));
}
