import * as tf from '@tensorflow/tfjs';
import { loadMnist, subsetMnist } from '@dl/graders/mnist';
import { beforeAll, describe, expect, it } from 'vitest';
import { initReferenceBackend, referenceBackendName } from './backend';
import { conv2dValidTrainable, conv2dWithForwardFilterGradient, defaultTrainingPlan, trainReferenceModel, type MnistDataSet } from './mnist-model';

/** The first `trainCount` training and `testCount` test images of MNIST, in the reference's shape. */
function mnistSubset(trainCount: number, testCount: number): MnistDataSet {
  const { train, test } = subsetMnist(loadMnist(), trainCount, testCount);
  return { trainImages: train.images, trainLabels: train.labels, trainCount: train.count, testImages: test.images, testLabels: test.labels, testCount: test.count };
}

/** Value, ∂/∂x and ∂/∂K of Σ w ⊙ conv(x, K) (w random, so that every output element matters differently). */
function valueAndGrads(conv: (x: tf.Tensor4D, k: tf.Tensor4D) => tf.Tensor4D, x: tf.Tensor4D, k: tf.Tensor4D, w: tf.Tensor4D): number[][] {
  return tf.tidy(() => {
    const { value, grads } = tf.valueAndGrads((xs: tf.Tensor, ks: tf.Tensor) => tf.sum(tf.mul(conv(xs as tf.Tensor4D, ks as tf.Tensor4D), w)))([x, k]);
    return [value, ...grads].map((t) => Array.from(t.dataSync()));
  });
}

describe('conv2dWithForwardFilterGradient', () => {
  beforeAll(async () => {
    await initReferenceBackend();
  });

  it('has the value and both gradients of tf.conv2d on the CPU backend (2 input channels, batch 3)', async () => {
    const x = tf.randomNormal([3, 9, 8, 2], 0, 1, 'float32', 11) as tf.Tensor4D;
    const k = tf.randomNormal([3, 4, 2, 5], 0, 1, 'float32', 12) as tf.Tensor4D;
    const w = tf.randomNormal([3, 7, 5, 5], 0, 1, 'float32', 13) as tf.Tensor4D;
    const got = valueAndGrads(conv2dWithForwardFilterGradient, x, k, w);
    const viaActive = valueAndGrads(conv2dValidTrainable, x, k, w);
    await tf.setBackend('cpu');
    let expected: number[][];
    try {
      expected = valueAndGrads((a, b) => tf.conv2d(a, b, 1, 'valid'), x, k, w);
    } finally {
      await tf.setBackend(referenceBackendName());
    }
    for (const candidate of [got, viaActive]) {
      expect(candidate.map((values) => values.length)).toEqual([1, 3 * 9 * 8 * 2, 3 * 4 * 2 * 5]);
      candidate.forEach((values, which) => {
        const scale = Math.max(...expected[which]!.map(Math.abs));
        values.forEach((value, i) => expect(Math.abs(value - expected[which]![i]!)).toBeLessThan(1e-4 * scale + 1e-5));
      });
    }
    tf.dispose([x, k, w]);
  });
});

describe('trainReferenceModel', () => {
  beforeAll(async () => {
    await initReferenceBackend();
  });

  it('trains the MLP on the active backend and reports each epoch', async () => {
    const epochs: [number, number][] = [];
    const tensorsBefore = tf.memory().numTensors;
    const result = await trainReferenceModel('mlp', mnistSubset(3_000, 1_000), { epochs: 3, onEpoch: (epoch, loss) => epochs.push([epoch, loss]) });
    expect(result.backend).toBe(referenceBackendName());
    expect(result.backend).toBe(tf.getBackend());
    expect([result.trainImagesUsed, result.epochs]).toEqual([3_000, 3]);
    expect(result.accuracy).toBeGreaterThan(0.85);
    expect(result.trainingMs).toBeGreaterThan(0);
    expect(epochs.map(([epoch]) => epoch)).toEqual([0, 1, 2]);
    expect(epochs[2]![1]).toBeLessThan(epochs[0]![1]);
    expect(tf.memory().numTensors).toBe(tensorsBefore);
  });

  it('trains the CNN on a subset when asked to, and says so', async () => {
    const tensorsBefore = tf.memory().numTensors;
    const result = await trainReferenceModel('cnn', mnistSubset(5_000, 500), { epochs: 1, maxTrainImages: 1_500 });
    expect([result.trainImagesUsed, result.epochs]).toEqual([1_500, 1]);
    expect(result.accuracy).toBeGreaterThan(0.6);
    expect(tf.memory().numTensors).toBe(tensorsBefore); // variables, optimizer state and batches all disposed
  });

  it('follows the default plan of the backend when the options leave epochs and images out', async () => {
    const plan = defaultTrainingPlan('cnn', referenceBackendName());
    const result = await trainReferenceModel('cnn', mnistSubset(600, 200));
    expect(result.epochs).toBe(plan.epochs);
    expect(result.trainImagesUsed).toBe(Math.min(600, plan.maxTrainImages));
    expect(defaultTrainingPlan('cnn', 'tensorflow')).toEqual({ epochs: 6, maxTrainImages: Infinity });
    expect(defaultTrainingPlan('cnn', 'cpu').maxTrainImages).toBeLessThan(60_000);
  });
});
