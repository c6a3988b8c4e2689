import * as tf from '@tensorflow/tfjs';

/** The activations a layer of `mlpForward` may use; 'softmax' works row by row (one distribution per sample). */
export type LayerActivation = 'relu' | 'sigmoid' | 'tanh' | 'linear' | 'softmax';

/** One dense layer: W in×out, b of length out, then its activation. */
export interface MlpLayer {
  W: number[][];
  b: number[];
  activation: LayerActivation;
}

function activate(z: tf.Tensor2D, activation: LayerActivation): tf.Tensor2D {
  switch (activation) {
    case 'relu':
      return tf.relu(z);
    case 'sigmoid':
      return tf.sigmoid(z);
    case 'tanh':
      return tf.tanh(z);
    case 'linear':
      return z;
    case 'softmax':
      // Along the last axis: each row (sample) becomes a probability distribution.
      return tf.softmax(z);
  }
}

/**
 * Forward pass of a multilayer perceptron: for each layer in order, H ← activation(H W + b), from H = X
 * (X batch×in, one row per sample); returns the last H, batch×out.
 * @example
 *   mlpForward([[1, -1]], [{ W: [[1], [1]], b: [0.5], activation: 'relu' }]); // [[0.5]]
 */
export function mlpForward(X: number[][], layers: MlpLayer[]): number[][] {
  return tf.tidy(() => {
    let h = tf.tensor2d(X);
    for (const { W, b, activation } of layers) h = activate(tf.add(tf.matMul(h, tf.tensor2d(W)), tf.tensor1d(b)), activation);
    return h.arraySync() as number[][];
  });
}
