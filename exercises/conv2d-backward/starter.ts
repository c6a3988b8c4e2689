/**
 * Gradients d'un coût J par rapport à l'entrée, aux noyaux et aux biais d'une couche de convolution
 * Y = conv2dMulti(x, kernels, bias, stride, padding), connaissant dY = ∂J/∂Y (H'×W'×Cout).
 * dX a la forme de x (H×W×Cin), dK celle de kernels (kh×kw×Cin×Cout), dBias a Cout valeurs.
 */
export function conv2dBackward(
  x: number[][][],
  kernels: number[][][][],
  dY: number[][][],
  stride: number,
  padding: number,
): { dX: number[][][]; dK: number[][][][]; dBias: number[] } {
  throw new Error('À compléter');
}
