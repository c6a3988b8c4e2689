/** Inverted dropout: each unit is dropped with probability p, kept ones are scaled by 1/(1 − p). */
export function dropoutForward(x: number[][], p: number, rng: () => number): { out: number[][]; mask: number[][] } {
  const scale = 1 / (1 - p);
  // rng() < p has probability exactly p for a uniform draw in [0, 1).
  const mask = x.map((row) => row.map(() => (rng() < p ? 0 : scale)));
  const out = x.map((row, i) => row.map((v, j) => v * mask[i][j]));
  return { out, mask };
}

/** The layer is linear in x for a fixed mask: the gradient goes back through the same mask. */
export function dropoutBackward(dOut: number[][], mask: number[][]): number[][] {
  return dOut.map((row, i) => row.map((g, j) => g * mask[i][j]));
}
