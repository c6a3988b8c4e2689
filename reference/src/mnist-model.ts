import * as tf from '@tensorflow/tfjs';
import { referenceBackendName } from './backend';

/** The two MNIST challenge architectures (the same as the instructor solutions of mnist-mlp and mnist-cnn). */
export type MnistModelKind = 'mlp' | 'cnn';

/** MNIST as flat arrays: images are count×784 values in [0, 1], row-major; labels are digits 0..9. */
export interface MnistDataSet {
  trainImages: Float32Array;
  trainLabels: Uint8Array;
  testImages: Float32Array;
  testLabels: Uint8Array;
  trainCount: number;
  testCount: number;
}

/** How to train the reference model; every field has a default. */
export interface ReferenceTrainingOptions {
  /** Passes over the training images (default: `defaultTrainingPlan`). */
  epochs?: number;
  /** Images per gradient step (default 128). */
  batchSize?: number;
  /** Trains on the first `maxTrainImages` training images only (default: `defaultTrainingPlan`). */
  maxTrainImages?: number;
  /** Adam's step size (default 1e-3). */
  learningRate?: number;
  /** Called after each epoch with its index and the mean training loss. */
  onEpoch?: (epoch: number, loss: number) => void;
}

/** What one reference training gave. */
export interface ReferenceTrainingResult {
  /** Fraction of the test images classified correctly, in [0, 1]. */
  accuracy: number;
  /** Wall-clock training time (evaluation excluded). */
  trainingMs: number;
  /** The TensorFlow.js backend that computed it ('tensorflow', 'wasm' or 'cpu'). */
  backend: string;
  /** How many training images were used (a subset when `maxTrainImages` was set). */
  trainImagesUsed: number;
  epochs: number;
}

const SIDE = 28;
const PIXELS = SIDE * SIDE;
const CLASSES = 10;
const HIDDEN = 256;
const KERNEL = 5;
const FILTERS = 32;

type Forward = (images: tf.Tensor2D) => tf.Tensor2D;

/**
 * Epochs and training images used when the options leave them out. Everything on the GPU; measured on
 * WebAssembly (2 cores, shared): the MLP takes about 25 s an epoch on all 60,000 images, the CNN about
 * 100 s, so the CNN gets 2 epochs there; the plain CPU backend is some 30 times slower again, so the CNN
 * gets one epoch on 10,000 images there. The result reports what was used.
 * @example
 *   defaultTrainingPlan('cnn', 'wasm'); // { epochs: 2, maxTrainImages: Infinity }
 */
export function defaultTrainingPlan(kind: MnistModelKind, backend: string): { epochs: number; maxTrainImages: number } {
  if (kind === 'mlp' || backend === 'tensorflow') return { epochs: 6, maxTrainImages: Infinity };
  if (backend === 'wasm') return { epochs: 2, maxTrainImages: Infinity };
  return { epochs: 1, maxTrainImages: 10_000 };
}

/** He-initialised weights (σ = √(2 / fanIn)) and zero biases, as in the instructor solutions. */
function heVariable(shape: number[], fanIn: number): tf.Variable {
  // tidy: the variable keeps the data, the initial tensor would otherwise stay allocated beside it.
  return tf.tidy(() => tf.variable(tf.randomNormal(shape, 0, Math.sqrt(2 / fanIn))));
}

function zeroVariable(size: number): tf.Variable {
  return tf.tidy(() => tf.variable(tf.zeros([size])));
}

/** 784 → 256 (ReLU) → 10 logits. */
function buildMlp(): { forward: Forward; variables: tf.Variable[] } {
  const W1 = heVariable([PIXELS, HIDDEN], PIXELS);
  const b1 = zeroVariable(HIDDEN);
  const W2 = heVariable([HIDDEN, CLASSES], HIDDEN);
  const b2 = zeroVariable(CLASSES);
  const forward: Forward = (x) => tf.add(tf.matMul(tf.relu(tf.add(tf.matMul(x, W1), b1)), W2), b2);
  return { forward, variables: [W1, b1, W2, b2] };
}

/**
 * conv2d(x, K), stride 1, 'valid', with a gradient on every backend. Where the backend has no filter-gradient
 * kernel (WebAssembly lacks Conv2DBackpropFilter), ∂J/∂K is computed with the forward kernel instead:
 * ∂J/∂K[u][v][c][f] = Σ_{b,r,s} x[b][r+u][s+v][c] · δ[b][r][s][f] is itself a valid convolution of the
 * images (batch moved to the channel axis) by δ (batch moved to the input-channel axis).
 * @example
 *   conv2dValidTrainable(images, kernels); // batch×(H−kh+1)×(W−kw+1)×F
 */
export function conv2dValidTrainable(x: tf.Tensor4D, kernels: tf.Tensor4D): tf.Tensor4D {
  if (tf.getKernel('Conv2DBackpropFilter', tf.getBackend())) return tf.conv2d(x, kernels, 1, 'valid');
  return conv2dWithForwardFilterGradient(x, kernels);
}

/**
 * The same valid convolution with its gradients written out (∂J/∂x by the transposed convolution,
 * ∂J/∂K by a forward convolution): works on any backend that has Conv2D and Conv2DBackpropInput.
 * @example
 *   tf.grads((x, k) => conv2dWithForwardFilterGradient(x, k).sum())([x, k]); // [dX, dK]
 */
export const conv2dWithForwardFilterGradient = tf.customGrad((xInput, kernelInput, save) => {
  const x = xInput as tf.Tensor4D;
  const kernels = kernelInput as tf.Tensor4D;
  (save as (tensors: tf.Tensor[]) => void)([x, kernels]);
  const gradFunc = (dy: tf.Tensor, saved: tf.Tensor[]) => {
    const [images, filters] = saved as [tf.Tensor4D, tf.Tensor4D];
    const delta = dy as tf.Tensor4D;
    const dX = tf.conv2dTranspose(delta, filters, images.shape, 1, 'valid');
    const imagesByChannel = tf.transpose(images, [3, 1, 2, 0]); // Cin × H × W × batch
    const deltaAsFilter = tf.transpose(delta, [1, 2, 0, 3]); // H' × W' × batch × F
    const dK = tf.transpose(tf.conv2d(imagesByChannel, deltaAsFilter, 1, 'valid'), [1, 2, 0, 3]); // kh × kw × Cin × F
    return [dX, dK];
  };
  return { value: tf.conv2d(x, kernels, 1, 'valid'), gradFunc };
}) as (x: tf.Tensor4D, kernels: tf.Tensor4D) => tf.Tensor4D;

/** conv 5×5×32 valid → ReLU → 2×2 max-pool → flatten [H][W][C] (4608) → 10 logits. */
function buildCnn(): { forward: Forward; variables: tf.Variable[] } {
  const kernels = heVariable([KERNEL, KERNEL, 1, FILTERS], KERNEL * KERNEL);
  const convBias = zeroVariable(FILTERS);
  const features = ((SIDE - KERNEL + 1) / 2) ** 2 * FILTERS; // 12 × 12 × 32 = 4608
  const W = heVariable([features, CLASSES], features);
  const b = zeroVariable(CLASSES);
  const forward: Forward = (x) => {
    const images = x.reshape([x.shape[0], SIDE, SIDE, 1]) as tf.Tensor4D;
    const conv = tf.add(conv2dValidTrainable(images, kernels as tf.Tensor4D), convBias);
    const pooled = tf.maxPool(tf.relu(conv) as tf.Tensor4D, 2, 2, 'valid');
    return tf.add(tf.matMul(pooled.reshape([x.shape[0], features]) as tf.Tensor2D, W), b);
  };
  return { forward, variables: [kernels, convBias, W, b] };
}

/** Copies the images and labels of `indices` into a batch of tensors (images n×784, one-hot labels n×10). */
function batchTensors(images: Float32Array, labels: Uint8Array, indices: ArrayLike<number>): [tf.Tensor2D, tf.Tensor2D] {
  const n = indices.length;
  const x = new Float32Array(n * PIXELS);
  const y = new Float32Array(n * CLASSES);
  for (let i = 0; i < n; i++) {
    const source = indices[i];
    x.set(images.subarray(source * PIXELS, (source + 1) * PIXELS), i * PIXELS);
    y[i * CLASSES + labels[source]] = 1;
  }
  return [tf.tensor2d(x, [n, PIXELS]), tf.tensor2d(y, [n, CLASSES])];
}

/** Test accuracy, in batches of 1,000 images so that the CNN's activations stay small. */
async function evaluate(forward: Forward, images: Float32Array, labels: Uint8Array, count: number): Promise<number> {
  let correct = 0;
  for (let start = 0; start < count; start += 1000) {
    const end = Math.min(start + 1000, count);
    const predicted = tf.tidy(() => forward(tf.tensor2d(images.subarray(start * PIXELS, end * PIXELS), [end - start, PIXELS])).argMax(1));
    const digits = await predicted.data();
    predicted.dispose();
    for (let i = 0; i < digits.length; i++) if (digits[i] === labels[start + i]) correct++;
  }
  return correct / count;
}

/**
 * Trains the TensorFlow.js version of a challenge's architecture on the active backend (call
 * `initReferenceBackend()` first) with Adam and mini-batches, and measures its test accuracy: the
 * "reference accuracy" shown beside a challenge's leaderboard.
 * @example
 *   const { accuracy, backend, epochs } = await trainReferenceModel('cnn', mnist); // 2 epochs on wasm
 */
export async function trainReferenceModel(kind: MnistModelKind, data: MnistDataSet, options: ReferenceTrainingOptions = {}): Promise<ReferenceTrainingResult> {
  const plan = defaultTrainingPlan(kind, referenceBackendName());
  const epochs = options.epochs ?? plan.epochs;
  const batchSize = options.batchSize ?? 128;
  const trainCount = Math.min(data.trainCount, options.maxTrainImages ?? plan.maxTrainImages);
  const model = kind === 'mlp' ? buildMlp() : buildCnn();
  const optimizer = tf.train.adam(options.learningRate ?? 1e-3);
  const order = Array.from({ length: trainCount }, (_, i) => i);
  try {
    const started = performance.now();
    for (let epoch = 0; epoch < epochs; epoch++) {
      tf.util.shuffle(order);
      let lossSum = 0;
      for (let start = 0; start < trainCount; start += batchSize) {
        const indices = order.slice(start, start + batchSize);
        const [x, y] = batchTensors(data.trainImages, data.trainLabels, indices);
        const loss = optimizer.minimize(() => tf.losses.softmaxCrossEntropy(y, model.forward(x)) as tf.Scalar, true, model.variables);
        lossSum += (await loss!.data())[0] * indices.length;
        tf.dispose([x, y, loss!]);
      }
      options.onEpoch?.(epoch, lossSum / trainCount);
    }
    const trainingMs = performance.now() - started;
    const accuracy = await evaluate(model.forward, data.testImages, data.testLabels, data.testCount);
    return { accuracy, trainingMs, backend: referenceBackendName(), trainImagesUsed: trainCount, epochs };
  } finally {
    optimizer.dispose();
    tf.dispose(model.variables);
  }
}
