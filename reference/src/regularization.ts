import * as tf from '@tensorflow/tfjs';

/**
 * L2 penalty on a weight matrix: (λ/2)‖W‖² = (λ/2) Σᵢⱼ Wᵢⱼ². The 1/2 makes its gradient exactly λW.
 * @example
 *   l2Penalty([[1, 2], [0, -2]], 0.1); // 0.05 · 9 = 0.45
 */
export function l2Penalty(W: number[][], lambda: number): number {
  return tf.tidy(() => tf.mul(lambda / 2, tf.sum(tf.square(tf.tensor2d(W)))).arraySync() as number);
}

/**
 * One gradient step on J + (λ/2)‖W‖²: W − μ(λW + ∇J), also written (1 − μλ)W − μ∇J ("weight decay").
 * @example
 *   regularizedStep([[1]], [[0.5]], 0.1, 0.2); // [[1 − 0.1 · (0.2 + 0.5)]] = [[0.93]]
 */
export function regularizedStep(W: number[][], gradW: number[][], learningRate: number, lambda: number): number[][] {
  return tf.tidy(() => {
    const w = tf.tensor2d(W);
    const total = tf.add(tf.mul(lambda, w), tf.tensor2d(gradW));
    return tf.sub(w, tf.mul(learningRate, total)).arraySync() as number[][];
  });
}
