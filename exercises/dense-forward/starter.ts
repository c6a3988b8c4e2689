/**
 * Couche dense : Y = XW + b.
 * X : batch×in (une ligne par exemple), W : in×out, b : out (ajouté à chaque ligne).
 * Renvoie Y : batch×out.
 */
export function denseForward(X: number[][], W: number[][], b: number[]): number[][] {
  throw new Error('À compléter');
}
