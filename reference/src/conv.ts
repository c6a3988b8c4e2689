import * as tf from '@tensorflow/tfjs';
import { withKernelFallback } from './backend';

/** Zero padding of p on both sides of height and width, for an NHWC tensor. */
function explicitPadding(padding: number): [[number, number], [number, number], [number, number], [number, number]] {
  return [[0, 0], [padding, padding], [padding, padding], [0, 0]];
}

/**
 * Output length of a convolution along one axis, as TensorFlow.js computes the shape of conv2d
 * with explicit padding: ⌊(n − k + 2p)/s⌋ + 1. No tensor is allocated, so any size is fine.
 * @example
 *   convOutputSize(7, 3, 2, 1); // 4
 */
export function convOutputSize(inputSize: number, kernelSize: number, stride: number, padding: number): number {
  const info = tf.backend_util.computeConv2DInfo(
    [1, inputSize, 1, 1],
    [kernelSize, 1, 1, 1],
    [stride, 1],
    1,
    explicitPadding(padding),
  );
  return info.outHeight;
}

/** The multi-channel convolution as a tensor function, shared by the forward and its gradients. */
function convTensor(x: tf.Tensor3D, kernels: tf.Tensor4D, bias: tf.Tensor1D, stride: number, padding: number): tf.Tensor3D {
  return tf.add(tf.conv2d(x, kernels, stride, explicitPadding(padding)), bias);
}

/**
 * Single-channel 2-D cross-correlation (what deep-learning frameworks call convolution: the kernel
 * is not flipped), with zero padding: out[i][j] = Σ_{u,v} in[i·s + u − p][j·s + v − p] · k[u][v].
 * @example
 *   conv2d([[1, 2], [3, 4]], [[1, 0], [0, 1]]); // [[5]]
 */
export function conv2d(image: number[][], kernel: number[][], stride = 1, padding = 0): number[][] {
  return tf.tidy(() => {
    const x = tf.tensor2d(image).expandDims(2) as tf.Tensor3D;
    const k = tf.tensor2d(kernel).reshape([kernel.length, kernel[0]!.length, 1, 1]) as tf.Tensor4D;
    return (convTensor(x, k, tf.zeros([1]), stride, padding).squeeze([2]).arraySync() as number[][]);
  });
}

/**
 * Multi-channel convolution: x is H×W×Cin, kernels kh×kw×Cin×Cout, bias of length Cout;
 * out[i][j][o] = bias[o] + Σ_{u,v,c} x[i·s + u − p][j·s + v − p][c] · kernels[u][v][c][o].
 * @example
 *   conv2dMulti([[[1, 2]]], [[[[1], [1]]]], [0.5], 1, 0); // [[[3.5]]]
 */
export function conv2dMulti(x: number[][][], kernels: number[][][][], bias: number[], stride: number, padding: number): number[][][] {
  return tf.tidy(() =>
    convTensor(tf.tensor3d(x), tf.tensor4d(kernels), tf.tensor1d(bias), stride, padding).arraySync() as number[][][],
  );
}

/** Gradients of a scalar cost J through conv2dMulti, given dY = ∂J/∂Y. */
export interface Conv2dGradients {
  /** ∂J/∂x, H×W×Cin */
  dX: number[][][];
  /** ∂J/∂kernels, kh×kw×Cin×Cout */
  dK: number[][][][];
  /** ∂J/∂bias = Σ over positions of dY, length Cout */
  dBias: number[];
}

/**
 * Convolution, backward: tf.grads of the forward above (no hand-written formula). The WebAssembly
 * backend has no Conv2DBackpropFilter kernel, so the computation falls back to the CPU backend there.
 * @example
 *   const { dX, dK, dBias } = await conv2dBackward(x, kernels, dY, 1, 0);
 */
export function conv2dBackward(
  x: number[][][],
  kernels: number[][][][],
  dY: number[][][],
  stride: number,
  padding: number,
): Promise<Conv2dGradients> {
  return withKernelFallback(() =>
    tf.tidy(() => {
      const cout = kernels[0]![0]![0]!.length;
      const gradients = tf.grads((xs: tf.Tensor, ks: tf.Tensor, b: tf.Tensor) =>
        convTensor(xs as tf.Tensor3D, ks as tf.Tensor4D, b as tf.Tensor1D, stride, padding),
      );
      const [dX, dK, dBias] = gradients([tf.tensor3d(x), tf.tensor4d(kernels), tf.zeros([cout])], tf.tensor3d(dY));
      return {
        dX: dX!.arraySync() as number[][][],
        dK: dK!.arraySync() as number[][][][],
        dBias: dBias!.arraySync() as number[],
      };
    }),
  );
}
