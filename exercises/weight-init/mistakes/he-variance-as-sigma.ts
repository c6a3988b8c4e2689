// caught-by: he-distribution
// He with σ = 2/nIn: the variance 2/nIn used as the standard deviation.
function standardNormal(rng: () => number): number {
  const u1 = 1 - rng();
  const u2 = rng();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

export function xavierInit(nIn: number, nOut: number, rng: () => number): number[][] {
  return Array.from({ length: nIn }, () => Array.from({ length: nOut }, () => (1 / Math.sqrt(nIn)) * standardNormal(rng)));
}

export function heInit(nIn: number, nOut: number, rng: () => number): number[][] {
  return Array.from({ length: nIn }, () => Array.from({ length: nOut }, () => (2 / nIn) * standardNormal(rng)));
}
