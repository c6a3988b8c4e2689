/**
 * Nombre de positions d'un noyau de taille kernelSize le long d'un axe de longueur inputSize,
 * avec un pas (stride) et un bourrage de zéros (padding) de chaque côté.
 */
export function convOutputSize(inputSize: number, kernelSize: number, stride: number, padding: number): number {
  return 0;
}
