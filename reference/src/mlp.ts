import * as tf from '@tensorflow/tfjs';

/** Parameters of a one-hidden-layer perceptron: in → hidden (ReLU) → classes. */
export interface MlpParameters {
  /** in×hidden */
  W1: number[][];
  /** hidden */
  b1: number[];
  /** hidden×classes */
  W2: number[][];
  /** classes */
  b2: number[];
}

/** The mean cross-entropy J and its gradient with respect to each parameter. */
export interface MlpLossAndGradients {
  loss: number;
  dW1: number[][];
  db1: number[];
  dW2: number[][];
  db2: number[];
}

/**
 * Two-layer perceptron, forward and backward:
 * h = relu(XW1 + b1), logits = hW2 + b2, J = (1/n) Σᵢ −log softmax(logitsᵢ)[labelᵢ].
 * The gradients come from tf.grads on that forward; TensorFlow.js's ReLU has derivative 0 at 0.
 * @example
 *   const { loss, dW1 } = mlpLossAndGradients([[1, 2]], [0], { W1, b1, W2, b2 });
 */
export function mlpLossAndGradients(X: number[][], labels: number[], p: MlpParameters): MlpLossAndGradients {
  return tf.tidy(() => {
    const classes = p.b2.length;
    const x = tf.tensor2d(X);
    const oneHot = tf.oneHot(tf.tensor1d(labels, 'int32'), classes);
    const cost = (W1: tf.Tensor, b1: tf.Tensor, W2: tf.Tensor, b2: tf.Tensor): tf.Scalar => {
      const h = tf.relu(tf.add(tf.matMul(x, W1 as tf.Tensor2D), b1));
      const logits = tf.add(tf.matMul(h, W2 as tf.Tensor2D), b2);
      // Default reduction: the mean over the batch.
      return tf.losses.softmaxCrossEntropy(oneHot, logits) as tf.Scalar;
    };
    const { value, grads } = tf.valueAndGrads(cost)([
      tf.tensor2d(p.W1),
      tf.tensor1d(p.b1),
      tf.tensor2d(p.W2),
      tf.tensor1d(p.b2),
    ]);
    const [dW1, db1, dW2, db2] = grads;
    return {
      loss: value.arraySync() as number,
      dW1: dW1!.arraySync() as number[][],
      db1: db1!.arraySync() as number[],
      dW2: dW2!.arraySync() as number[][],
      db2: db2!.arraySync() as number[],
    };
  });
}
