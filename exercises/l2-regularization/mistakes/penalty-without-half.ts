// caught-by: statement-example
// λ‖W‖² without the 1/2: twice too large, and its gradient would be 2λW, not λW.
export function l2Penalty(W: number[][], lambda: number): number {
  let sum = 0;
  for (const row of W) for (const w of row) sum += w * w;
  return lambda * sum;
}

export function regularizedStep(W: number[][], gradW: number[][], learningRate: number, lambda: number): number[][] {
  return W.map((row, i) => row.map((w, j) => w - learningRate * (lambda * w + gradW[i][j])));
}
