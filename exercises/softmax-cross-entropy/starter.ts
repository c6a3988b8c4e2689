/** Softmax d'un vecteur de logits : des probabilités positives de somme 1. Doit rester stable pour des logits de ±1e4. */
export function softmax(logits: number[]): number[] {
  return logits.map(() => 0);
}

/** Entropie croisée J = −log p[label] (sans epsilon). */
export function crossEntropy(probs: number[], label: number): number {
  throw new Error('À compléter');
}

/** Gradient de J(z) = −log softmax(z)[label] par rapport aux logits z. */
export function softmaxCrossEntropyGrad(logits: number[], label: number): number[] {
  return logits.map(() => 0);
}
