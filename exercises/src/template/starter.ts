/** Renvoie un nouveau vecteur : chaque composante de xs multipliée par factor. */
export function scale(xs: number[], factor: number): number[] {
  throw new Error('À compléter');
}
