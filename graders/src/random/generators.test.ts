import { describe, expect, it } from 'vitest';
import { createRng } from './rng';
import {
  randomInt,
  randomLabels,
  randomMatrix,
  randomNormal,
  randomTensor3,
  randomTensor4,
  randomUniform,
  randomVector,
  redrawUntil,
  shuffled,
} from './generators';

describe('seeded generators', () => {
  it('give the same values for the same seed and different ones for another seed', () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return [randomMatrix(rng, 3, 4), randomNormal(rng), randomLabels(rng, 5, 3), shuffled(rng, [1, 2, 3, 4, 5])];
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('randomInt covers [min, max] inclusively and nothing else', () => {
    const rng = createRng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(randomInt(rng, -2, 3));
    expect([...seen].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2, 3]);
    expect(randomInt(() => 0.999999999999, 1, 8)).toBe(8);
    expect(() => randomInt(rng, 3, 1)).toThrow(RangeError);
  });

  it('randomUniform stays in [min, max)', () => {
    const rng = createRng(2);
    for (let i = 0; i < 1000; i++) {
      const x = randomUniform(rng, 5, 7);
      expect(x).toBeGreaterThanOrEqual(5);
      expect(x).toBeLessThan(7);
    }
  });

  it('vectors, matrices and tensors have the asked shapes and nice non-integer values in range', () => {
    const rng = createRng(3);
    const values = [
      ...randomVector(rng, 50, -2, 3),
      ...randomMatrix(rng, 4, 5).flat(),
      ...randomTensor3(rng, 2, 3, 4).flat(2),
      ...randomTensor4(rng, 3, 3, 2, 4).flat(3),
    ];
    expect(values).toHaveLength(50 + 20 + 24 + 72);
    for (const v of values) {
      expect(Number.isInteger(v)).toBe(false);
      expect(Math.abs(v * 100 - Math.round(v * 100))).toBeLessThan(1e-9); // two decimals
      expect(v).toBeGreaterThanOrEqual(-2);
      expect(v).toBeLessThanOrEqual(3);
    }
    expect(randomTensor4(rng, 3, 3, 2, 4).map((k) => k.length)).toEqual([3, 3, 3]);
    expect(randomTensor3(rng, 2, 3, 4)[1]![2]).toHaveLength(4);
    expect(new Set(values).size).toBeGreaterThan(60);
  });

  it('narrow ranges still give values inside them', () => {
    const rng = createRng(4);
    for (const v of randomVector(rng, 20, 0.001, 0.002)) {
      expect(v).toBeGreaterThanOrEqual(0.001);
      expect(v).toBeLessThanOrEqual(0.002);
    }
  });

  it('randomNormal has the asked mean and spread', () => {
    const rng = createRng(5);
    const xs = Array.from({ length: 20000 }, () => randomNormal(rng, 3, 0.5));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1));
    expect(Math.abs(mean - 3)).toBeLessThan(0.02);
    expect(Math.abs(sd - 0.5)).toBeLessThan(0.02);
    expect(xs.every(Number.isFinite)).toBe(true);
  });

  it('randomLabels draws every class and only valid ones', () => {
    const labels = randomLabels(createRng(6), 300, 4);
    expect(new Set(labels)).toEqual(new Set([0, 1, 2, 3]));
  });

  it('shuffled permutes a copy and leaves the input alone', () => {
    const input = Array.from({ length: 20 }, (_, i) => i);
    const out = shuffled(createRng(7), input);
    expect(input).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect([...out].sort((a, b) => a - b)).toEqual(input);
    expect(out).not.toEqual(input);
  });

  it('redrawUntil returns the first accepted draw and gives up loudly', () => {
    const rng = createRng(8);
    const v = redrawUntil(rng, (r) => randomVector(r, 3), (x) => x.every((e) => Math.abs(e) > 0.5));
    expect(v.every((e) => Math.abs(e) > 0.5)).toBe(true);
    expect(() => redrawUntil(rng, (r) => r(), () => false, 10)).toThrow('no acceptable value in 10 draws');
  });
});
