import * as tf from '@tensorflow/tfjs';

/** Parameters of the small convolutional network of cnnForward. */
export interface CnnParameters {
  /** 3×3×Cin×F convolution kernels. */
  kernels: number[][][][];
  /** F convolution biases. */
  convBias: number[];
  /** (H/2·W/2·F)×classes dense weights, rows in the [H][W][C] order of the flattened feature maps. */
  W: number[][];
  /** classes dense biases. */
  b: number[];
}

/**
 * A tiny CNN, forward: 3×3 convolution (stride 1, padding 1) → ReLU → 2×2 max pooling (stride 2,
 * partial windows dropped) → flatten in [H][W][C] order → dense → softmax. Returns class probabilities.
 * @example
 *   cnnForward(image, { kernels, convBias, W, b }); // e.g. [0.2, 0.8]
 */
export function cnnForward(image: number[][][], p: CnnParameters): number[] {
  return tf.tidy(() => {
    const conv = tf.add(tf.conv2d(tf.tensor3d(image), tf.tensor4d(p.kernels), 1, 'same'), tf.tensor1d(p.convBias));
    const pooled = tf.maxPool(tf.relu(conv) as tf.Tensor3D, 2, 2, 'valid');
    // A row-major reshape of H×W×C is exactly the [H][W][C] flattening.
    const flat = pooled.reshape([1, -1]) as tf.Tensor2D;
    const logits = tf.add(tf.matMul(flat, tf.tensor2d(p.W)), tf.tensor1d(p.b));
    return tf.softmax(logits).squeeze([0]).arraySync() as number[];
  });
}
