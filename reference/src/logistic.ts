import * as tf from '@tensorflow/tfjs';

/**
 * The logistic function σ(z) = 1 / (1 + e^{−z}), on TensorFlow.js (saturates to 0 or 1, never NaN).
 * @example
 *   logisticSigmoid(0); // 0.5
 */
export function logisticSigmoid(z: number): number {
  return tf.tidy(() => tf.sigmoid(tf.scalar(z)).arraySync() as number);
}

/** J(w, b) = mean binary cross-entropy of σ(Xw + b) against labels y in {0, 1}, as a tensor function. */
function logisticLossTensor(X: tf.Tensor2D, y: tf.Tensor1D, w: tf.Tensor, b: tf.Tensor): tf.Scalar {
  const z = tf.add(tf.matMul(X, w.reshape([-1, 1])).reshape([-1]), b);
  // TensorFlow.js writes it as max(z, 0) − z·y + log(1 + e^{−|z|}): finite for any z.
  return tf.losses.sigmoidCrossEntropy(y, z, undefined, undefined, tf.Reduction.MEAN) as tf.Scalar;
}

/**
 * Logistic regression cost: J = −(1/n) Σᵢ [yᵢ log σ(zᵢ) + (1 − yᵢ) log(1 − σ(zᵢ))], zᵢ = w·xᵢ + b.
 * @example
 *   logisticLoss([0], 0, [[1], [2]], [0, 1]); // log 2 ≈ 0.6931
 */
export function logisticLoss(w: number[], b: number, X: number[][], y: number[]): number {
  return tf.tidy(() => logisticLossTensor(tf.tensor2d(X), tf.tensor1d(y), tf.tensor1d(w), tf.scalar(b)).arraySync() as number);
}

/**
 * Gradient of logisticLoss by tf.grads, which equals dw = (1/n) Xᵀ(σ(z) − y) and db = (1/n) Σᵢ (σ(zᵢ) − yᵢ).
 * @example
 *   logisticGradient([0], 0, [[1], [2]], [0, 1]); // { dw: [-0.25], db: 0 }
 */
export function logisticGradient(w: number[], b: number, X: number[][], y: number[]): { dw: number[]; db: number } {
  return tf.tidy(() => {
    const [x, labels] = [tf.tensor2d(X), tf.tensor1d(y)];
    const [dw, db] = tf.grads((wt: tf.Tensor, bt: tf.Tensor) => logisticLossTensor(x, labels, wt, bt))([tf.tensor1d(w), tf.scalar(b)]);
    return { dw: dw!.arraySync() as number[], db: db!.arraySync() as number };
  });
}
