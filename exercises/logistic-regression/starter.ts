/** Sigmoïde σ(z) = 1 / (1 + e^{−z}) ; doit rester juste (sans NaN) pour z = ±1e4. */
export function sigmoid(z: number): number {
  throw new Error('À compléter');
}

/**
 * Entropie croisée binaire moyenne de σ(Xw + b) face aux étiquettes y (0 ou 1) :
 * J = −(1/n) Σᵢ [yᵢ log σ(zᵢ) + (1 − yᵢ) log(1 − σ(zᵢ))], zᵢ = w·xᵢ + b.
 * Doit rester finie et précise pour |zᵢ| jusqu'à 1e3.
 */
export function logisticLoss(w: number[], b: number, X: number[][], y: number[]): number {
  throw new Error('À compléter');
}

/** Gradient de logisticLoss par rapport à w (dw, de même longueur que w) et à b (db). */
export function logisticGradient(w: number[], b: number, X: number[][], y: number[]): { dw: number[]; db: number } {
  throw new Error('À compléter');
}
