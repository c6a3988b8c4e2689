// caught-by: mask-values
// Returns a correct mask but forgets to apply it: out is x, unchanged.
export function dropoutForward(x: number[][], p: number, rng: () => number): { out: number[][]; mask: number[][] } {
  const mask = x.map((row) => row.map(() => (rng() < p ? 0 : 1 / (1 - p))));
  return { out: x.map((row) => [...row]), mask };
}

export function dropoutBackward(dOut: number[][], mask: number[][]): number[][] {
  return dOut.map((row, i) => row.map((g, j) => g * mask[i][j]));
}
