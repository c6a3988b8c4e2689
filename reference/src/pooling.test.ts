import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initReferenceBackend, referenceBackendName } from './backend';
import { avgPool2d, globalAveragePool, maxPool2d, maxPool2dBackward } from './pooling';

beforeAll(async () => {
  await initReferenceBackend();
});

/** A single-channel H×W×1 image from rows of numbers. */
const image = (rows: number[][]) => rows.map((row) => row.map((v) => [v]));
const plane = (x: number[][][]) => x.map((row) => row.map((pixel) => pixel[0]));

describe('forward pooling', () => {
  const x = image([[1, 2, 5, 0], [4, 3, 1, 1], [0, 0, 8, 2]]);

  it('drops windows that run past the edge', () => {
    expect(plane(maxPool2d(x, 2, 2))).toEqual([[4, 5]]);
    expect(plane(avgPool2d(x, 2, 2))).toEqual([[2.5, 1.75]]);
  });

  it('overlaps windows when the stride is smaller than the size', () => {
    expect(plane(maxPool2d(x, 2, 1))).toEqual([[4, 5, 5], [4, 8, 8]]);
  });

  it('averages each channel over every position', () => {
    expect(globalAveragePool([[[1, 10], [3, 30]], [[5, 50], [7, 70]]])).toEqual([4, 40]);
  });
});

describe('maxPool2dBackward', () => {
  it('sends each gradient to its window’s maximum, the first one on a tie', async () => {
    // Window 1 has 3 at (0,1) and (1,1): the first in row-major order, (0,1), gets it. Window 2's maximum is 5.
    const x = image([[1, 3, 5, 0], [0, 3, 1, 1]]);
    const dX = await maxPool2dBackward(x, [[[10], [20]]], 2, 2);
    expect(plane(dX)).toEqual([[0, 10, 20, 0], [0, 0, 0, 0]]);
    expect(tf.getBackend()).toBe(referenceBackendName());
  });

  it('adds up the gradients of overlapping windows', async () => {
    const x = image([[1, 2, 3], [4, 9, 5]]);
    expect(plane(await maxPool2dBackward(x, [[[1], [2]]], 2, 1))).toEqual([[0, 0, 0], [0, 3, 0]]);
  });
});
