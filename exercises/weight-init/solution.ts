/** One N(0, 1) draw by Box–Muller; 1 − rng() is in (0, 1], so the logarithm stays finite. */
function standardNormal(rng: () => number): number {
  const u1 = 1 - rng();
  const u2 = rng();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** nIn × nOut matrix of independent N(0, σ²) draws. */
function normalMatrix(nIn: number, nOut: number, sigma: number, rng: () => number): number[][] {
  return Array.from({ length: nIn }, () => Array.from({ length: nOut }, () => sigma * standardNormal(rng)));
}

/** σ = 1/√nIn. */
export function xavierInit(nIn: number, nOut: number, rng: () => number): number[][] {
  return normalMatrix(nIn, nOut, 1 / Math.sqrt(nIn), rng);
}

/** σ = √(2/nIn). */
export function heInit(nIn: number, nOut: number, rng: () => number): number[][] {
  return normalMatrix(nIn, nOut, Math.sqrt(2 / nIn), rng);
}
