// Chaque fonction reçoit un vecteur x (les pré-activations) et renvoie un vecteur de même longueur.
// Les dérivées prennent x, pas la valeur de l'activation. Aucune ne doit déborder pour |x| ≤ 1e4.

/** σ(x) = 1 / (1 + e^−x), élément par élément. */
export function sigmoid(x: number[]): number[] {
  return x.map(() => 0);
}

/** tanh(x), élément par élément. */
export function tanh(x: number[]): number[] {
  return x.map(() => 0);
}

/** max(0, x), élément par élément. */
export function relu(x: number[]): number[] {
  return x.map(() => -1);
}

/** x si x > 0, alpha·x sinon. */
export function leakyRelu(x: number[], alpha = 0.01): number[] {
  return x.map(() => -1);
}

/** σ'(x). */
export function sigmoidGrad(x: number[]): number[] {
  return x.map(() => -1);
}

/** tanh'(x). */
export function tanhGrad(x: number[]): number[] {
  return x.map(() => -1);
}

/** ReLU'(x) : 1 si x > 0, 0 sinon (0 en x = 0). */
export function reluGrad(x: number[]): number[] {
  return x.map(() => -1);
}

/** Leaky ReLU'(x) : 1 si x > 0, alpha sinon. */
export function leakyReluGrad(x: number[], alpha = 0.01): number[] {
  return x.map(() => -1);
}
