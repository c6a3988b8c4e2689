/** Paramètres du réseau : noyaux 3×3×Cin×F, un biais par filtre, couche dense W (entrées×classes) et b. */
export interface CnnParameters {
  kernels: number[][][][];
  convBias: number[];
  W: number[][];
  b: number[];
}

/**
 * Convolution 3×3 (pas 1, bourrage 1) → ReLU → max pooling 2×2 (pas 2) → aplatissement dans l'ordre
 * [H][W][C] → couche dense → softmax. Renvoie les probabilités des classes.
 */
export function cnnForward(image: number[][][], p: CnnParameters): number[] {
  return p.b.map(() => 0);
}
