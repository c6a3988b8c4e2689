import { beforeAll, describe, expect, it } from 'vitest';
import { initReferenceBackend } from './backend';
import { crossEntropy, softmax, softmaxCrossEntropyGrad } from './softmax';

beforeAll(async () => {
  await initReferenceBackend();
});

const close = (got: number[], expected: number[]) => got.forEach((g, i) => expect(g).toBeCloseTo(expected[i]!, 6));

describe('softmax', () => {
  it('normalises exponentials (worked by hand: e^ln3 = 3, so 1/4 and 3/4)', () => {
    close(softmax([0, Math.log(3)]), [0.25, 0.75]);
  });

  it('is stable at logits of 1000 and −1000', () => {
    expect(softmax([1000, 1000])).toEqual([0.5, 0.5]);
    expect(softmax([-1000, -1000])).toEqual([0.5, 0.5]);
    expect(softmax([1000, -1000])).toEqual([1, 0]);
  });

  it('is stable at ±1e4', () => {
    const p = softmax([1e4, -1e4, 1e4]);
    expect(p).toEqual([0.5, 0, 0.5]);
  });
});

describe('crossEntropy', () => {
  it('is −log p[label] exactly', () => {
    expect(crossEntropy([0.25, 0.75], 1)).toBeCloseTo(-Math.log(0.75), 6);
    // A tiny probability must not be clipped by an epsilon: −log 1e-9 ≈ 20.72.
    expect(crossEntropy([1 - 1e-9, 1e-9], 1)).toBeCloseTo(-Math.log(1e-9), 4);
  });
});

describe('softmaxCrossEntropyGrad', () => {
  it('is softmax − one-hot (worked by hand)', () => {
    close(softmaxCrossEntropyGrad([0, Math.log(3)], 1), [0.25, -0.25]);
    close(softmaxCrossEntropyGrad([0, Math.log(3)], 0), [-0.75, 0.75]);
  });

  it('is stable at logits of 1000', () => {
    close(softmaxCrossEntropyGrad([1000, -1000, 1000], 2), [0.5, 0, -0.5]);
  });
});
