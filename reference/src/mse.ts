import * as tf from '@tensorflow/tfjs';

/**
 * Mean squared error: J = (1/n) Σᵢ (ŷᵢ − yᵢ)², on TensorFlow.js (float32).
 * @example
 *   meanSquaredError([1, 2], [1, 4]); // (0 + 4) / 2 = 2
 */
export function meanSquaredError(yPred: number[], yTrue: number[]): number {
  return tf.tidy(() => tf.mean(tf.squaredDifference(tf.tensor1d(yPred), tf.tensor1d(yTrue))).arraySync() as number);
}
