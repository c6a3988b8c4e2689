import * as tf from '@tensorflow/tfjs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { initReferenceBackend, referenceBackendName, withKernelFallback } from './backend';

function gpuPackageInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve('@tensorflow/tfjs-node-gpu');
    return true;
  } catch {
    return false;
  }
}

describe('initReferenceBackend', () => {
  beforeAll(async () => {
    await initReferenceBackend();
  });

  it('picks WebAssembly when the CUDA package is absent, and computes on it', () => {
    const expected = gpuPackageInstalled() ? 'tensorflow' : 'wasm';
    expect(referenceBackendName()).toBe(expected);
    expect(tf.getBackend()).toBe(expected);
    const product = tf.tidy(() => tf.matMul(tf.tensor2d([[1, 2], [3, 4]]), tf.tensor2d([[5], [6]])).arraySync());
    expect(product).toEqual([[17], [39]]);
  });

  it('is initialised once per process', async () => {
    const first = initReferenceBackend();
    expect(initReferenceBackend()).toBe(first);
    expect(await first).toBe(referenceBackendName());
  });
});

describe('withKernelFallback', () => {
  beforeAll(async () => {
    await initReferenceBackend();
  });

  // ∂/∂K Σ conv2d(x, K): every filter weight sees the sum of the input values it slides over.
  const filterGradient = () =>
    tf.tidy(() => {
      const x = tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 3, 3, 1]);
      const kernel = tf.zeros([2, 2, 1, 1]) as tf.Tensor4D;
      const sum = (k: tf.Tensor) => tf.conv2d(x, k as tf.Tensor4D, 1, 'valid').sum();
      return tf.grad(sum)(kernel).arraySync() as number[][][][];
    });

  it('computes on the CPU backend a gradient whose kernel the active backend lacks, then switches back', async () => {
    const active = referenceBackendName();
    if (active === 'wasm') expect(filterGradient).toThrow(/Conv2DBackpropFilter' not registered/);
    const gradient = await withKernelFallback(filterGradient);
    // Windows of the 3×3 image [1..9]: top-left sums 1+2+4+5 = 12, and so on.
    expect(gradient.flat(3)).toEqual([12, 16, 24, 28]);
    expect(tf.getBackend()).toBe(active);
  });

  it('passes other errors through unchanged', async () => {
    await expect(
      withKernelFallback(() => {
        throw new Error('shapes do not match');
      }),
    ).rejects.toThrow('shapes do not match');
    expect(tf.getBackend()).toBe(referenceBackendName());
  });
});
