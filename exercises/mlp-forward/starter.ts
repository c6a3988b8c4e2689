export type Activation = 'relu' | 'sigmoid' | 'tanh' | 'linear' | 'softmax';

/** Une couche dense : W in×out, b de longueur out, puis son activation. */
export interface Layer {
  W: number[][];
  b: number[];
  activation: Activation;
}

/**
 * Propagation avant : pour chaque couche dans l'ordre, H ← activation(H W + b), en partant de H = X
 * (batch×in, une ligne par exemple). 'softmax' s'applique ligne par ligne. Renvoie le dernier H (batch×out).
 */
export function mlpForward(X: number[][], layers: Layer[]): number[][] {
  throw new Error('À compléter');
}
