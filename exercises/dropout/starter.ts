/**
 * Dropout inversé : chaque unité est éteinte avec la probabilité p (mask = 0), les autres sont gardées
 * et multipliées par 1/(1 − p). Renvoie out = x ⊙ mask et le masque. Tout l'aléatoire vient de rng().
 */
export function dropoutForward(x: number[][], p: number, rng: () => number): { out: number[][]; mask: number[][] } {
  throw new Error('À compléter');
}

/** Gradient de la perte par rapport à x, connaissant celui par rapport à out et le masque utilisé. */
export function dropoutBackward(dOut: number[][], mask: number[][]): number[][] {
  return dOut.map((row) => row.map(() => 0));
}
