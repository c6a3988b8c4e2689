/**
 * Matrice nIn × nOut de tirages indépendants de la loi normale N(0, σ²) avec σ = 1/√nIn.
 * Tout l'aléatoire vient de rng(), uniforme dans [0, 1).
 */
export function xavierInit(nIn: number, nOut: number, rng: () => number): number[][] {
  throw new Error('À compléter');
}

/** Comme xavierInit, avec σ = √(2/nIn). */
export function heInit(nIn: number, nOut: number, rng: () => number): number[][] {
  throw new Error('À compléter');
}
