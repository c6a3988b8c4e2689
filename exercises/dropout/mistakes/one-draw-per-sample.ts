// caught-by: independent-units
// One draw per row: a whole sample is dropped or kept at once, units are not independent.
export function dropoutForward(x: number[][], p: number, rng: () => number): { out: number[][]; mask: number[][] } {
  const mask = x.map((row) => {
    const kept = rng() >= p;
    return row.map(() => (kept ? 1 / (1 - p) : 0));
  });
  const out = x.map((row, i) => row.map((v, j) => v * mask[i][j]));
  return { out, mask };
}

export function dropoutBackward(dOut: number[][], mask: number[][]): number[][] {
  return dOut.map((row, i) => row.map((g, j) => g * mask[i][j]));
}
