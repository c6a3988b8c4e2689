import { beforeAll, describe, expect, it } from 'vitest';
import { initReferenceBackend, referenceBackendName } from './backend';
import { conv2d, conv2dBackward, conv2dMulti, convOutputSize } from './conv';
import { conv2dMultiFloat64 } from './conv-float64';

beforeAll(async () => {
  await initReferenceBackend();
});

const close = (got: number[] | number[][] | number[][][] | number[][][][], want: number[]) => {
  const flat = (got as number[]).flat(3) as number[];
  expect(flat).toHaveLength(want.length);
  flat.forEach((g, i) => expect(g).toBeCloseTo(want[i]!, 5));
};

describe('convOutputSize', () => {
  it('is ⌊(n − k + 2p)/s⌋ + 1', () => {
    expect(convOutputSize(7, 3, 2, 1)).toBe(4);
    expect(convOutputSize(5, 3, 1, 0)).toBe(3);
    expect(convOutputSize(6, 3, 2, 0)).toBe(2); // 3/2 rounded down
    expect(convOutputSize(1, 3, 1, 1)).toBe(1);
    expect(convOutputSize(224, 7, 2, 3)).toBe(112);
  });
});

describe('conv2d', () => {
  it('slides the kernel without flipping it', () => {
    // Top-left window [[1, 2], [4, 5]] with kernel [[1, 0], [0, -1]]: 1 − 5 = −4 (a flipped kernel would give 4).
    const image = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    expect(conv2d(image, [[1, 0], [0, -1]])).toEqual([[-4, -4], [-4, -4]]);
  });

  it('pads with zeros and strides', () => {
    // Padded 5×5 image, windows at rows/columns 0 and 2: [[0,0],[0,1]] → −1, [[0,0],[2,3]] → −3, …
    const image = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    expect(conv2d(image, [[1, 0], [0, -1]], 2, 1)).toEqual([[-1, -3], [-7, -9 + 5]]);
  });
});

describe('conv2dMulti', () => {
  it('sums over input channels and adds one bias per output channel', () => {
    // One pixel [1, 2], kernel 1×1 mixing channels: out0 = 1·1 + 2·1 + 0.5, out1 = 1·2 − 2·1 − 1.
    expect(conv2dMulti([[[1, 2]]], [[[[1, 2], [1, -1]]]], [0.5, -1], 1, 0)).toEqual([[[3.5, -1]]]);
  });

  it('agrees with the float64 loops', () => {
    const x = [[[0.1, -0.2], [0.3, 0.4], [-0.5, 0.6]], [[0.7, 0.8], [-0.9, 0.15], [0.25, -0.35]]];
    const kernels = [[[[0.5], [-0.25]], [[0.75], [0.125]]], [[[-0.5], [0.3]], [[0.2], [0.9]]]];
    close(conv2dMulti(x, kernels, [0.1], 1, 1), conv2dMultiFloat64(x, kernels, [0.1], 1, 1).flat(2));
  });
});

describe('conv2dBackward', () => {
  it('gives dK as the input windows weighted by dY, dX as the kernel spread back, dBias as the sum of dY', async () => {
    // 3×3 image [1..9], 2×2 kernel of ones, dY all ones: each weight sees the sum of its 4 windows' values.
    const x = [[[1], [2], [3]], [[4], [5], [6]], [[7], [8], [9]]];
    const kernels = [[[[1]], [[1]]], [[[1]], [[1]]]];
    const dY = [[[1], [1]], [[1], [1]]];
    const { dX, dK, dBias } = await conv2dBackward(x, kernels, dY, 1, 0);
    close(dK, [12, 16, 24, 28]);
    close(dX, [1, 2, 1, 2, 4, 2, 1, 2, 1]);
    close(dBias, [4]);
  });

  it('works on the active backend even where it lacks Conv2DBackpropFilter', async () => {
    const { dK } = await conv2dBackward([[[1, 2]]], [[[[1], [1]]]], [[[3]]], 1, 0);
    close(dK, [3, 6]);
    expect(['wasm', 'cpu', 'tensorflow']).toContain(referenceBackendName());
  });
});
