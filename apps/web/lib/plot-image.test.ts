import { expect, it } from 'vitest';
import { imagePixels, imageScale } from './plot-image';

it('turns RGB rows into opaque RGBA bytes, rounding, clamping and greying bad channels', () => {
  const pixels = imagePixels([[[255, 0, 0], [0.4, 300, -5]], [[Number.NaN, 10, 20], [1, 2]]])!;
  expect([pixels.width, pixels.height]).toEqual([2, 2]);
  expect(Array.from(pixels.data)).toEqual([255, 0, 0, 255, 0, 255, 0, 255, 128, 10, 20, 255, 1, 2, 128, 255]);
});

it('is null for an empty image', () => {
  expect(imagePixels([])).toBeNull();
  expect(imagePixels([[]])).toBeNull();
});

it('enlarges small images by a whole factor and never shrinks', () => {
  expect(imageScale(32, 16)).toBe(6);
  expect(imageScale(64, 64)).toBe(3);
  expect(imageScale(500, 10)).toBe(1);
});
