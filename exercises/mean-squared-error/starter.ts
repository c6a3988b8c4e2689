/**
 * Erreur quadratique moyenne entre les prédictions ŷ (yPred) et les valeurs attendues y (yTrue),
 * deux vecteurs de même longueur n ≥ 1 : J = (1/n) Σᵢ (ŷᵢ − yᵢ)².
 */
export function mse(yPred: number[], yTrue: number[]): number {
  throw new Error('À compléter');
}
