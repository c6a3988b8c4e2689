/**
 * Droite y = a·x + b qui minimise l'erreur quadratique moyenne (1/n) Σᵢ (a·xᵢ + b − yᵢ)².
 * xs et ys ont la même longueur n ≥ 2, et les xs ne sont pas tous égaux.
 */
export function fitLine(xs: number[], ys: number[]): { a: number; b: number } {
  return { a: 0, b: 0 };
}
