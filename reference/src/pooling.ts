import * as tf from '@tensorflow/tfjs';
import { referenceBackendName } from './backend';

/** An H×W×C image as the NHWC batch of one that TensorFlow.js pools over. */
const batchOfOne = (x: number[][][]) => tf.tensor4d([x]);

/**
 * Max pooling over size×size windows moved by `stride`; a window that would run past the edge is
 * dropped ('valid'), so each side has ⌊(n − size)/stride⌋ + 1 outputs. Channels are pooled separately.
 * @example
 *   maxPool2d([[[1], [2]], [[4], [3]]], 2, 2); // [[[4]]]
 */
export function maxPool2d(x: number[][][], size: number, stride: number): number[][][] {
  return tf.tidy(() => tf.maxPool(batchOfOne(x), size, stride, 'valid').squeeze([0]).arraySync() as number[][][]);
}

/**
 * Average pooling over size×size windows, same windows as maxPool2d.
 * @example
 *   avgPool2d([[[1], [2]], [[4], [3]]], 2, 2); // [[[2.5]]]
 */
export function avgPool2d(x: number[][][], size: number, stride: number): number[][][] {
  return tf.tidy(() => tf.avgPool(batchOfOne(x), size, stride, 'valid').squeeze([0]).arraySync() as number[][][]);
}

/**
 * Global average pooling: the mean of each channel over all positions, a vector of length C.
 * @example
 *   globalAveragePool([[[1, 10], [3, 30]]]); // [2, 20]
 */
export function globalAveragePool(x: number[][][]): number[] {
  return tf.tidy(() => tf.mean(tf.tensor3d(x), [0, 1]).arraySync() as number[]);
}

/**
 * Runs `compute` on the CPU backend and comes back to the chosen one. Needed for the tie rule of
 * max pooling's gradient: TensorFlow.js's CPU kernel gives it to the first maximum of a window in
 * row-major order (the course's rule), while the WebAssembly kernel gives it to the last one.
 */
async function onCpuBackend<T>(compute: () => T): Promise<T> {
  if (tf.getBackend() === 'cpu') return compute();
  await tf.setBackend('cpu');
  try {
    return compute();
  } finally {
    await tf.setBackend(referenceBackendName());
  }
}

/**
 * Max pooling, backward: tf.grad of maxPool2d. Each output's gradient dY goes to the position of its
 * window's maximum (the first one in row-major order on a tie); overlapping windows add up.
 * @example
 *   await maxPool2dBackward([[[1], [2]], [[4], [3]]], [[[5]]], 2, 2); // [[[0], [0]], [[5], [0]]]
 */
export function maxPool2dBackward(x: number[][][], dY: number[][][], size: number, stride: number): Promise<number[][][]> {
  return onCpuBackend(() =>
    tf.tidy(() => {
      const pool = (input: tf.Tensor) => tf.maxPool(input as tf.Tensor4D, size, stride, 'valid');
      return tf.grad(pool)(batchOfOne(x), tf.tensor4d([dY])).squeeze([0]).arraySync() as number[][][];
    }),
  );
}
