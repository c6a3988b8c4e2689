/** Max pooling de x (H×W×C) par fenêtres size×size décalées de stride ; chaque canal séparément. */
export function maxPool2d(x: number[][][], size: number, stride: number): number[][][] {
  throw new Error('À compléter');
}

/** Pooling par moyenne, mêmes fenêtres que maxPool2d. */
export function avgPool2d(x: number[][][], size: number, stride: number): number[][][] {
  throw new Error('À compléter');
}

/** Moyenne de chaque canal sur toutes les positions : un vecteur de longueur C. */
export function globalAveragePool(x: number[][][]): number[] {
  throw new Error('À compléter');
}

/**
 * Gradient du max pooling : dX (H×W×C) connaissant dY = ∂J/∂(maxPool2d(x, size, stride)).
 * En cas d'égalité, seul le premier maximum de la fenêtre (ordre ligne par ligne) reçoit le gradient.
 */
export function maxPool2dBackward(x: number[][][], dY: number[][][], size: number, stride: number): number[][][] {
  throw new Error('À compléter');
}
