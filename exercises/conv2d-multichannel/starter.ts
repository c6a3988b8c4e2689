/**
 * Couche de convolution : x est H×W×Cin (canaux en dernier), kernels est kh×kw×Cin×Cout,
 * bias a Cout valeurs. Pas (stride) et bourrage de zéros (padding) identiques en hauteur et en largeur.
 * Renvoie H'×W'×Cout.
 */
export function conv2dMulti(
  x: number[][][],
  kernels: number[][][][],
  bias: number[],
  stride: number,
  padding: number,
): number[][][] {
  throw new Error('À compléter');
}
