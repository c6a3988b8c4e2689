/** (λ/2) Σᵢⱼ Wᵢⱼ². */
export function l2Penalty(W: number[][], lambda: number): number {
  let sum = 0;
  for (const row of W) for (const w of row) sum += w * w;
  return (lambda / 2) * sum;
}

/** W − μ(λW + ∇J), element by element, in a new matrix. */
export function regularizedStep(W: number[][], gradW: number[][], learningRate: number, lambda: number): number[][] {
  return W.map((row, i) => row.map((w, j) => w - learningRate * (lambda * w + gradW[i][j])));
}
