// caught-by: step-random
// Differentiates (λ/2)‖W‖² as (λ/2)W: the factor 2 of the square is lost.
export function l2Penalty(W: number[][], lambda: number): number {
  let sum = 0;
  for (const row of W) for (const w of row) sum += w * w;
  return (lambda / 2) * sum;
}

export function regularizedStep(W: number[][], gradW: number[][], learningRate: number, lambda: number): number[][] {
  return W.map((row, i) => row.map((w, j) => w - learningRate * ((lambda / 2) * w + gradW[i][j])));
}
