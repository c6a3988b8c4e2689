import * as tf from '@tensorflow/tfjs';

/**
 * Dense layer, forward: Y = XW + b, with X batch×in, W in×out, b of length out (added to every row).
 * @example
 *   dense([[1, 2]], [[1, 0], [0, 1]], [0.5, -0.5]); // [[1.5, 1.5]]
 */
export function dense(X: number[][], W: number[][], b: number[]): number[][] {
  return tf.tidy(() => denseTensor(tf.tensor2d(X), tf.tensor2d(W), tf.tensor1d(b)).arraySync() as number[][]);
}

/** The forward as a tensor function, shared with the gradient so that both describe one computation. */
export function denseTensor(X: tf.Tensor2D, W: tf.Tensor2D, b: tf.Tensor1D): tf.Tensor2D {
  return tf.add(tf.matMul(X, W), b);
}

/** Gradients of a scalar cost J through a dense layer, given dY = ∂J/∂Y. */
export interface DenseGradients {
  /** ∂J/∂X = dY Wᵀ, batch×in */
  dX: number[][];
  /** ∂J/∂W = Xᵀ dY, in×out */
  dW: number[][];
  /** ∂J/∂b = Σ over the batch of dY's rows, length out */
  db: number[];
}

/**
 * Dense layer, backward: differentiates the forward above with tf.grads (no hand-written formula),
 * which gives dX = dY Wᵀ, dW = Xᵀ dY and db = Σᵢ dYᵢ.
 * @example
 *   denseGrad([[1, 2]], [[1], [1]], [[1]]); // { dX: [[1, 1]], dW: [[1], [2]], db: [1] }
 */
export function denseGrad(X: number[][], W: number[][], dY: number[][]): DenseGradients {
  return tf.tidy(() => {
    const out = W[0]!.length;
    const gradients = tf.grads((x: tf.Tensor, w: tf.Tensor, b: tf.Tensor) =>
      denseTensor(x as tf.Tensor2D, w as tf.Tensor2D, b as tf.Tensor1D),
    );
    const [dX, dW, db] = gradients([tf.tensor2d(X), tf.tensor2d(W), tf.zeros([out])], tf.tensor2d(dY));
    return {
      dX: dX!.arraySync() as number[][],
      dW: dW!.arraySync() as number[][],
      db: db!.arraySync() as number[],
    };
  });
}
