// caught-by: mask-values
// Kept units are not scaled by 1/(1 − p): the expected value of each unit shrinks by a factor 1 − p.
export function dropoutForward(x: number[][], p: number, rng: () => number): { out: number[][]; mask: number[][] } {
  const mask = x.map((row) => row.map(() => (rng() < p ? 0 : 1)));
  const out = x.map((row, i) => row.map((v, j) => v * mask[i][j]));
  return { out, mask };
}

export function dropoutBackward(dOut: number[][], mask: number[][]): number[][] {
  return dOut.map((row, i) => row.map((g, j) => g * mask[i][j]));
}
