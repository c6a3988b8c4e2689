import * as tf from '@tensorflow/tfjs';

/** Training-mode batch normalisation of a batch×features tensor, as TensorFlow.js ops (differentiable). */
function normalise(x: tf.Tensor2D, gamma: tf.Tensor, beta: tf.Tensor, eps: number): tf.Tensor2D {
  const mean = tf.mean(x, 0);
  const centred = tf.sub(x, mean);
  // Biased variance (divided by n, not n − 1): the batch is the whole population being normalised.
  const variance = tf.mean(tf.square(centred), 0);
  return tf.add(tf.mul(gamma, tf.div(centred, tf.sqrt(tf.add(variance, eps)))), beta) as tf.Tensor2D;
}

/**
 * Batch normalisation, training mode: for each column j, x̂ = (x − μⱼ)/√(σⱼ² + ε) with the batch mean μⱼ and
 * the biased batch variance σⱼ², then y = γⱼ x̂ + βⱼ.
 * @example
 *   batchNormForward([[1], [3]], [1], [0], 0); // [[−1], [1]]
 */
export function batchNormForward(X: number[][], gamma: number[], beta: number[], eps: number): number[][] {
  return tf.tidy(() => normalise(tf.tensor2d(X), tf.tensor1d(gamma), tf.tensor1d(beta), eps).arraySync() as number[][]);
}

/** Gradients of a loss J with respect to the input and the two parameters of a batch-norm layer. */
export interface BatchNormGradients {
  dX: number[][];
  dGamma: number[];
  dBeta: number[];
}

/**
 * Backward pass of batchNormForward given dY = ∂J/∂Y, by tf.grads of Σ Y ⊙ dY (whose gradient is exactly
 * the chain rule with upstream dY). The batch mean and variance depend on X, so dX has three terms.
 * @example
 *   batchNormBackward([[1], [3]], [1], [[1], [0]], 0).dBeta; // [1]
 */
export function batchNormBackward(X: number[][], gamma: number[], dY: number[][], eps: number): BatchNormGradients {
  return tf.tidy(() => {
    const upstream = tf.tensor2d(dY);
    const loss = (x: tf.Tensor, g: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(normalise(x as tf.Tensor2D, g, b, eps), upstream));
    const [dX, dGamma, dBeta] = tf.grads(loss)([tf.tensor2d(X), tf.tensor1d(gamma), tf.zeros([gamma.length])]);
    return {
      dX: dX!.arraySync() as number[][],
      dGamma: dGamma!.arraySync() as number[],
      dBeta: dBeta!.arraySync() as number[],
    };
  });
}
