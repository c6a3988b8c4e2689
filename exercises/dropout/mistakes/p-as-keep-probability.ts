// caught-by: drop-rate
// Reads p as the probability of keeping a unit: drops 1 − p of the units.
export function dropoutForward(x: number[][], p: number, rng: () => number): { out: number[][]; mask: number[][] } {
  const mask = x.map((row) => row.map(() => (rng() < p ? 1 / p : 0)));
  const out = x.map((row, i) => row.map((v, j) => v * mask[i][j]));
  return { out, mask };
}

export function dropoutBackward(dOut: number[][], mask: number[][]): number[][] {
  return dOut.map((row, i) => row.map((g, j) => g * mask[i][j]));
}
