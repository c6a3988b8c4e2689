/**
 * Régression linéaire ŷ = Xw + b entraînée par descente de gradient sur l'erreur quadratique moyenne,
 * sur tout le jeu de données à chaque époque, à partir de w = 0 et b = 0.
 * losses[e] est l'erreur quadratique moyenne AVANT la mise à jour de l'époque e.
 */
export function trainLinearRegression(
  X: number[][],
  y: number[],
  learningRate: number,
  epochs: number,
): { w: number[]; b: number; losses: number[] } {
  const w = X[0].map(() => 0);
  return { w, b: 0, losses: [] };
}
