import * as tf from '@tensorflow/tfjs';

/** The element-wise activations of the course. */
export type ActivationName = 'sigmoid' | 'tanh' | 'relu' | 'leakyRelu';

/** The same activation as a tensor function, shared by the values and their derivatives. */
function activationTensor(name: ActivationName, x: tf.Tensor, alpha: number): tf.Tensor {
  switch (name) {
    case 'sigmoid':
      return tf.sigmoid(x);
    case 'tanh':
      return tf.tanh(x);
    case 'relu':
      return tf.relu(x);
    case 'leakyRelu':
      return tf.leakyRelu(x, alpha);
  }
}

/**
 * An activation applied element-wise: σ(x) = 1/(1 + e^−x), tanh x, max(0, x), or x for x > 0 and αx otherwise.
 * @example
 *   applyActivation('relu', [-1, 2]); // [0, 2]
 */
export function applyActivation(name: ActivationName, x: number[], alpha = 0.01): number[] {
  return tf.tidy(() => activationTensor(name, tf.tensor1d(x), alpha).arraySync() as number[]);
}

/**
 * The derivative of an activation at the pre-activation x, by tf.grad of the same op:
 * σ(x)(1 − σ(x)), 1 − tanh²x, and for ReLU 1 when x > 0 else 0 (0 at exactly 0, as TensorFlow.js does);
 * leaky ReLU gives 1 when x > 0 and α otherwise.
 * @example
 *   activationDerivative('sigmoid', [0]); // [0.25]
 */
export function activationDerivative(name: ActivationName, x: number[], alpha = 0.01): number[] {
  return tf.tidy(() => tf.grad((t: tf.Tensor) => activationTensor(name, t, alpha))(tf.tensor1d(x)).arraySync() as number[]);
}
