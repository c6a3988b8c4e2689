/** Décision du perceptron : 1 si w·x + b ≥ 0, 0 sinon. */
export function predict(w: number[], b: number, x: number[]): number {
  return -1;
}

/**
 * Règle de Rosenblatt : w = 0 et b = 0 au départ, puis pour chaque époque et chaque exemple dans l'ordre,
 * w ← w + μ(y − ŷ)x et b ← b + μ(y − ŷ).
 */
export function trainPerceptron(X: number[][], y: number[], learningRate: number, epochs: number): { w: number[]; b: number } {
  throw new Error('À compléter');
}
