/** Paramètres du réseau : W1 in×hidden, b1 hidden, W2 hidden×classes, b2 classes. */
export interface MlpParameters {
  W1: number[][];
  b1: number[];
  W2: number[][];
  b2: number[];
}

/**
 * h = relu(X W1 + b1), logits = h W2 + b2, J = moyenne sur le batch de −log softmax(logits)[label].
 * Renvoie J et ses gradients par rapport à chaque paramètre (mêmes formes que les paramètres).
 */
export function mlpLossAndGradients(
  X: number[][],
  labels: number[],
  p: MlpParameters,
): { loss: number; dW1: number[][]; db1: number[]; dW2: number[][]; db2: number[] } {
  throw new Error('À compléter');
}
