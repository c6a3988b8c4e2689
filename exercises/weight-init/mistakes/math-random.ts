// caught-by: same-rng-same-matrix
// Math.random instead of the rng it receives: the matrix cannot be reproduced from the seed.
function standardNormal(rng: () => number): number {
  const u1 = 1 - Math.random();
  const u2 = Math.random();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

export function xavierInit(nIn: number, nOut: number, rng: () => number): number[][] {
  return Array.from({ length: nIn }, () => Array.from({ length: nOut }, () => (1 / Math.sqrt(nIn)) * standardNormal(rng)));
}

export function heInit(nIn: number, nOut: number, rng: () => number): number[][] {
  return Array.from({ length: nIn }, () => Array.from({ length: nOut }, () => Math.sqrt(2 / nIn) * standardNormal(rng)));
}
