/**
 * Rétropropagation à travers Y = XW + b, connaissant dY = ∂J/∂Y (batch×out).
 * X : batch×in, W : in×out. Renvoie dX (batch×in), dW (in×out) et db (out).
 */
export function denseBackward(X: number[][], W: number[][], dY: number[][]): { dX: number[][]; dW: number[][]; db: number[] } {
  throw new Error('À compléter');
}
