// caught-by: xavier-distribution
// Glorot's σ = √(2/(nIn + nOut)) instead of the course's 1/√nIn.
function standardNormal(rng: () => number): number {
  const u1 = 1 - rng();
  const u2 = rng();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

export function xavierInit(nIn: number, nOut: number, rng: () => number): number[][] {
  return Array.from({ length: nIn }, () => Array.from({ length: nOut }, () => Math.sqrt(2 / (nIn + nOut)) * standardNormal(rng)));
}

export function heInit(nIn: number, nOut: number, rng: () => number): number[][] {
  return Array.from({ length: nIn }, () => Array.from({ length: nOut }, () => Math.sqrt(2 / nIn) * standardNormal(rng)));
}
