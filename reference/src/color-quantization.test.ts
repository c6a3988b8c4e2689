import { describe, expect, it } from 'vitest';
import { quantizationDistortion, referenceQuantization } from './color-quantization';

/** A small deterministic generator for the tests (a linear congruential one is enough here). */
function testRng(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('quantizationDistortion', () => {
  it('is the mean squared error over channels (worked by hand)', () => {
    expect(quantizationDistortion([[0, 0, 0], [2, 2, 2]], [[1, 1, 1]], [0, 0])).toBe(1);
    expect(quantizationDistortion([[0, 0, 0], [2, 2, 4]], [[0, 0, 0], [2, 2, 2]], [0, 1])).toBeCloseTo(4 / 6, 12);
  });
});

describe('referenceQuantization', () => {
  it('finds an image of exactly k colours without loss', () => {
    const colours = [[255, 0, 0], [0, 128, 255], [20, 20, 20]];
    const pixels = Array.from({ length: 30 }, (_, i) => [...colours[i % 3]!]);
    const { distortion, palette } = referenceQuantization(pixels, 3, testRng(3));
    expect(distortion).toBe(0);
    expect(palette).toHaveLength(3);
  });

  it('gives the mean colour for k = 1', () => {
    const { palette } = referenceQuantization([[0, 0, 0], [10, 20, 30]], 1, testRng(5));
    expect(palette).toEqual([[5, 10, 15]]);
  });
});
