import * as tf from '@tensorflow/tfjs';

/**
 * One step of plain gradient descent: w ← w − μ·g.
 * @example
 *   sgdUpdate([1, -2], [0.5, 1], 0.1); // [0.95, -2.1]
 */
export function sgdUpdate(params: number[], grads: number[], learningRate: number): number[] {
  return tf.tidy(() => tf.sub(tf.tensor1d(params), tf.mul(learningRate, tf.tensor1d(grads))).arraySync() as number[]);
}

/**
 * One step of gradient descent with momentum, in the course's convention (that of tf.train.momentum):
 * v ← ρ·v + g, then w ← w − μ·v with the new v.
 * @example
 *   momentumUpdate([1], [0.5], [0.2], 0.1, 0.9); // { params: [0.932], velocity: [0.68] }
 */
export function momentumUpdate(
  params: number[],
  grads: number[],
  velocity: number[],
  learningRate: number,
  rho: number,
): { params: number[]; velocity: number[] } {
  return tf.tidy(() => {
    const v = tf.add(tf.mul(rho, tf.tensor1d(velocity)), tf.tensor1d(grads));
    const w = tf.sub(tf.tensor1d(params), tf.mul(learningRate, v));
    return { params: w.arraySync() as number[], velocity: v.arraySync() as number[] };
  });
}
