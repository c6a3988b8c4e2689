import { beforeAll, describe, expect, it } from 'vitest';
import { initReferenceBackend } from './backend';
import { cnnForward } from './cnn';

beforeAll(async () => {
  await initReferenceBackend();
});

describe('cnnForward', () => {
  it('convolves with padding 1, applies ReLU, pools 2×2, flattens in [H][W][C] order, then dense and softmax', () => {
    // 2×2×1 image, a 3×3 kernel with 1 at its centre only (identity), two filters: +1 and −1.
    // Conv gives the image and its negative; ReLU keeps [[1,0],[0,4]] and [[0,2],[3,0]]; pooling gives [4, 3].
    const identity = [0, 1, 2].map((u) => [0, 1, 2].map((v) => [u === 1 && v === 1 ? [1, -1] : [0, 0]]));
    const image = [[[1], [-2]], [[-3], [4]]];
    // The dense layer reads [channel 0, channel 1] = [4, 3]: logits [4, 3] + [0, 1] = [4, 4].
    const probabilities = cnnForward(image, { kernels: identity, convBias: [0, 0], W: [[1, 0], [0, 1]], b: [0, 1] });
    expect(probabilities[0]).toBeCloseTo(0.5, 6);
    expect(probabilities[1]).toBeCloseTo(0.5, 6);
  });

  it('drops the last row and column of an odd-sized feature map', () => {
    const kernels = [0, 1, 2].map((u) => [0, 1, 2].map((v) => [[u === 1 && v === 1 ? 1 : 0]]));
    const image = [[[1], [1], [9]], [[1], [1], [9]], [[9], [9], [9]]];
    // Pooled map is the single window [[1, 1], [1, 1]] → 1; logits [1, 0] + 0.
    const probabilities = cnnForward(image, { kernels, convBias: [0], W: [[1, 0]], b: [0, 0] });
    expect(probabilities[0]).toBeCloseTo(Math.exp(1) / (Math.exp(1) + 1), 6);
  });
});
