import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The TensorFlow.js backends the reference may run on, fastest first. */
export type ReferenceBackendName = 'tensorflow' | 'wasm' | 'cpu';

let chosen: Promise<ReferenceBackendName> | undefined;
let active: ReferenceBackendName | undefined;

/**
 * Picks the fastest backend that loads, once per process (later calls return the same promise):
 * `@tensorflow/tfjs-node-gpu` (CUDA, TensorFloat-32 off), then WebAssembly, then the plain CPU backend.
 * @example
 *   const backend = await initReferenceBackend(); // 'wasm' on a machine without CUDA
 */
export function initReferenceBackend(): Promise<ReferenceBackendName> {
  chosen ??= choose().then((name) => {
    active = name;
    console.log(`[reference] TensorFlow.js backend: ${name}`);
    return name;
  });
  return chosen;
}

/** The backend chosen by `initReferenceBackend`, or 'cpu' (TensorFlow.js's own default in Node) before it ran. */
export function referenceBackendName(): ReferenceBackendName {
  return active ?? 'cpu';
}

async function choose(): Promise<ReferenceBackendName> {
  // The CPU backend is set up first so that `withKernelFallback` can switch to it at any time.
  await tf.setBackend('cpu');
  if (await tryTensorflowGpu()) return 'tensorflow';
  if (await tryWasm()) return 'wasm';
  await tf.setBackend('cpu');
  return 'cpu';
}

async function tryTensorflowGpu(): Promise<boolean> {
  // TensorFloat-32 would round matrix products to 10-bit mantissas; it must be off before CUDA starts.
  const previous = process.env.NVIDIA_TF32_OVERRIDE;
  process.env.NVIDIA_TF32_OVERRIDE = '0';
  try {
    // A variable specifier keeps bundlers and the type checker from requiring the optional package.
    const optionalPackage = '@tensorflow/tfjs-node-gpu';
    await import(optionalPackage);
    return (await tf.setBackend('tensorflow')) && (await sanityCheck());
  } catch {
    if (previous === undefined) delete process.env.NVIDIA_TF32_OVERRIDE;
    else process.env.NVIDIA_TF32_OVERRIDE = previous;
    return false;
  }
}

async function tryWasm(): Promise<boolean> {
  try {
    // In Node the .wasm binaries are read from disk: point the backend at the package's dist folder.
    const require = createRequire(import.meta.url);
    const distFolder = path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
    setWasmPaths(distFolder + path.sep);
    return (await tf.setBackend('wasm')) && (await sanityCheck());
  } catch {
    return false;
  }
}

/** A backend that registers but computes nonsense (a broken driver) must not be used. */
async function sanityCheck(): Promise<boolean> {
  const product = tf.tidy(() => tf.matMul(tf.tensor2d([[1, 2]]), tf.tensor2d([[3], [4]])));
  const [value] = await product.data();
  product.dispose();
  return value === 11;
}

// tfjs-core's engine throws "Kernel 'X' not registered for backend 'wasm'".
const MISSING_KERNEL = /not registered for backend/;

/**
 * Runs `compute` on the chosen backend and, when that backend lacks one of its kernels
 * (the WebAssembly backend has no Conv2DBackpropFilter, for instance), once more on the CPU backend.
 * @example
 *   const dW = await withKernelFallback(() => conv2dFilterGrad(X, dY, shape));
 */
export async function withKernelFallback<T>(compute: () => T): Promise<T> {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof Error) || !MISSING_KERNEL.test(error.message) || tf.getBackend() === 'cpu') throw error;
    await tf.setBackend('cpu');
    try {
      return compute();
    } finally {
      // Restore the chosen backend (not "the previous one"): overlapping fallbacks must not leave us on the CPU.
      await tf.setBackend(referenceBackendName());
    }
  }
}
