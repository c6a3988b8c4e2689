/**
 * Normalisation par batch (mode entraînement) : pour chaque colonne, moyenne et variance biaisée du batch,
 * x̂ = (x − μ)/√(σ² + ε), puis y = γ x̂ + β.
 */
export function batchNormForward(X: number[][], gamma: number[], beta: number[], eps: number): number[][] {
  return X.map((row) => row.map(() => 0));
}

/** Gradients de J par rapport à X, γ et β, connaissant dY = ∂J/∂Y. */
export function batchNormBackward(
  X: number[][],
  gamma: number[],
  dY: number[][],
  eps: number,
): { dX: number[][]; dGamma: number[]; dBeta: number[] } {
  throw new Error('À compléter');
}
