/** Dérivée de f en x par différence centrée de pas h (1e-5 par défaut). */
export function derivative(f: (x: number) => number, x: number, h: number = 1e-5): number {
  throw new Error('À compléter');
}

/** Gradient de f : Rⁿ → R en x, une différence centrée de pas h (1e-5 par défaut) par coordonnée. */
export function gradient(f: (x: number[]) => number, x: number[], h: number = 1e-5): number[] {
  throw new Error('À compléter');
}
