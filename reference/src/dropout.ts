import * as tf from '@tensorflow/tfjs';

/**
 * Inverted dropout's scale for kept units: 1/(1 − p), p being the probability of dropping a unit,
 * so that every unit keeps its expected value: (1 − p) · x/(1 − p) = x.
 * @example
 *   dropoutKeptScale(0.2); // 1.25
 */
export function dropoutKeptScale(p: number): number {
  return 1 / (1 - p);
}

/**
 * Element-wise product with a dropout mask (0 for a dropped unit, 1/(1 − p) for a kept one): the
 * forward pass is x ⊙ mask and, the layer being linear in x for a fixed mask, the backward pass dOut ⊙ mask.
 * @example
 *   applyDropoutMask([[2, 3]], [[0, 1.25]]); // [[0, 3.75]]
 */
export function applyDropoutMask(values: number[][], mask: number[][]): number[][] {
  return tf.tidy(() => tf.mul(tf.tensor2d(values), tf.tensor2d(mask)).arraySync() as number[][]);
}
