// caught-by: normal-shape
// Uniform draws on [−√3σ, √3σ]: right mean and variance, but not a normal distribution.
function standardNormal(rng: () => number): number {
  return Math.sqrt(3) * (2 * rng() - 1);
}

export function xavierInit(nIn: number, nOut: number, rng: () => number): number[][] {
  return Array.from({ length: nIn }, () => Array.from({ length: nOut }, () => (1 / Math.sqrt(nIn)) * standardNormal(rng)));
}

export function heInit(nIn: number, nOut: number, rng: () => number): number[][] {
  return Array.from({ length: nIn }, () => Array.from({ length: nOut }, () => Math.sqrt(2 / nIn) * standardNormal(rng)));
}
