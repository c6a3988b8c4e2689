// caught-by: backward
// The backward pass lets the gradient through kept units without the 1/(1 − p) factor of the forward pass.
export function dropoutForward(x: number[][], p: number, rng: () => number): { out: number[][]; mask: number[][] } {
  const mask = x.map((row) => row.map(() => (rng() < p ? 0 : 1 / (1 - p))));
  const out = x.map((row, i) => row.map((v, j) => v * mask[i][j]));
  return { out, mask };
}

export function dropoutBackward(dOut: number[][], mask: number[][]): number[][] {
  return dOut.map((row, i) => row.map((g, j) => (mask[i][j] === 0 ? 0 : g)));
}
