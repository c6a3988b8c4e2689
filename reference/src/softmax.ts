import * as tf from '@tensorflow/tfjs';

/**
 * Softmax: σ(z)ᵢ = exp(zᵢ − max z) / Σⱼ exp(zⱼ − max z). Subtracting the maximum changes nothing
 * mathematically and keeps exp from overflowing for logits of 1000 or 1e4.
 * @example
 *   softmax([0, Math.log(3)]); // [0.25, 0.75]
 */
export function softmax(logits: number[]): number[] {
  return tf.tidy(() => tf.softmax(tf.tensor1d(logits)).arraySync() as number[]);
}

/**
 * Cross-entropy of a probability vector against the true class: J = −log p[label], exactly (no epsilon).
 * @example
 *   crossEntropy([0.25, 0.75], 1); // −log 0.75 ≈ 0.2877
 */
export function crossEntropy(probs: number[], label: number): number {
  return tf.tidy(() => tf.neg(tf.log(tf.tensor1d(probs).gather([label]))).arraySync() as number[])[0]!;
}

/**
 * Gradient of J(z) = −log softmax(z)[label] with respect to the logits, by tf.grad of the
 * log-softmax (which is stable at any scale); analytically it is softmax(z) − onehot(label).
 * @example
 *   softmaxCrossEntropyGrad([0, Math.log(3)], 1); // [0.25, −0.25]
 */
export function softmaxCrossEntropyGrad(logits: number[], label: number): number[] {
  return tf.tidy(() => {
    // A one-hot mask rather than gather: gather's gradient kernel is missing from the WebAssembly backend.
    const oneHot = tf.oneHot(tf.tensor1d([label], 'int32'), logits.length).reshape([logits.length]);
    const loss = (z: tf.Tensor) => tf.neg(tf.sum(tf.mul(tf.logSoftmax(z as tf.Tensor1D), oneHot)));
    return tf.grad(loss)(tf.tensor1d(logits)).arraySync() as number[];
  });
}
