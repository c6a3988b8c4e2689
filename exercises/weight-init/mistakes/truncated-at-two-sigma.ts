// caught-by: normal-shape
// Redraws values beyond 2σ (a truncated normal): the tails are missing.
function standardNormal(rng: () => number): number {
  for (;;) {
    const z = Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
    if (Math.abs(z) <= 2) return z;
  }
}

export function xavierInit(nIn: number, nOut: number, rng: () => number): number[][] {
  return Array.from({ length: nIn }, () => Array.from({ length: nOut }, () => (1 / Math.sqrt(nIn)) * standardNormal(rng)));
}

export function heInit(nIn: number, nOut: number, rng: () => number): number[][] {
  return Array.from({ length: nIn }, () => Array.from({ length: nOut }, () => Math.sqrt(2 / nIn) * standardNormal(rng)));
}
