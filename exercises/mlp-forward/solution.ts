export type Activation = 'relu' | 'sigmoid' | 'tanh' | 'linear' | 'softmax';

export interface Layer {
  W: number[][];
  b: number[];
  activation: Activation;
}

/** Softmax of one row, with the maximum subtracted so that exp never overflows. */
function softmaxRow(z: number[]): number[] {
  const max = Math.max(...z);
  const exps = z.map((v) => Math.exp(v - max));
  const sum = exps.reduce((s, e) => s + e, 0);
  return exps.map((e) => e / sum);
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function activate(Z: number[][], activation: Activation): number[][] {
  switch (activation) {
    case 'relu':
      return Z.map((row) => row.map((v) => Math.max(0, v)));
    case 'sigmoid':
      return Z.map((row) => row.map(sigmoid));
    case 'tanh':
      return Z.map((row) => row.map((v) => Math.tanh(v)));
    case 'linear':
      return Z;
    case 'softmax':
      return Z.map(softmaxRow);
  }
}

/** H ← activation(H W + b) for each layer in order, from H = X. */
export function mlpForward(X: number[][], layers: Layer[]): number[][] {
  let H = X;
  for (const { W, b, activation } of layers) {
    const Z = H.map((row) => b.map((bias, j) => row.reduce((sum, h, k) => sum + h * W[k][j], bias)));
    H = activate(Z, activation);
  }
  return H;
}
