import { kmeans, nearestCentroid } from './kmeans';

/** A uniform [0, 1) generator (the graders' seeded generator fits). */
type UniformRng = () => number;

/** A quantized image: a palette of colours and, for each pixel, the index of its colour. */
export interface Quantization {
  palette: number[][];
  indices: number[];
}

/**
 * Distortion of a quantized image: the mean squared error over every channel of every pixel,
 * (1 / 3n) Σᵢ ‖pixelᵢ − palette[indexᵢ]‖².
 * @example
 *   quantizationDistortion([[0, 0, 0], [2, 2, 2]], [[1, 1, 1]], [0, 0]); // 1
 */
export function quantizationDistortion(pixels: number[][], palette: number[][], indices: number[]): number {
  let sum = 0;
  pixels.forEach((pixel, i) => pixel.forEach((value, c) => (sum += (value - palette[indices[i]!]![c]!) ** 2)));
  return sum / (pixels.length * 3);
}

/**
 * k-means++ seeding: the first centre is a uniformly drawn pixel, each next one a pixel drawn with
 * probability proportional to its squared distance to the nearest centre chosen so far.
 */
function kmeansPlusPlus(pixels: number[][], k: number, rng: UniformRng): number[][] {
  const centres = [pixels[Math.floor(rng() * pixels.length)]!];
  const nearest = pixels.map((p) => p.reduce((s, x, c) => s + (x - centres[0]![c]!) ** 2, 0));
  while (centres.length < k) {
    const total = nearest.reduce((s, d) => s + d, 0);
    let chosen = Math.floor(rng() * pixels.length);
    if (total > 0) {
      let target = rng() * total;
      chosen = nearest.findIndex((d) => (target -= d) < 0);
      if (chosen < 0) chosen = pixels.length - 1;
    }
    const centre = pixels[chosen]!;
    centres.push(centre);
    pixels.forEach((p, i) => (nearest[i] = Math.min(nearest[i]!, p.reduce((s, x, c) => s + (x - centre[c]!) ** 2, 0))));
  }
  return centres.map((c) => [...c]);
}

/** Lloyd passes allowed per run: images of a few hundred pixels converge long before. */
const MAX_ITERATIONS = 100;

/**
 * The reference colour quantization: the best (lowest distortion) of `runs` k-means runs, each seeded by
 * k-means++, every pixel finally mapped to its nearest palette colour.
 * @example
 *   referenceQuantization(pixels, 4, createRng(1)).distortion;
 */
export function referenceQuantization(pixels: number[][], k: number, rng: UniformRng, runs = 8): Quantization & { distortion: number } {
  let best: (Quantization & { distortion: number }) | undefined;
  for (let run = 0; run < runs; run++) {
    const { centroids } = kmeans(pixels, kmeansPlusPlus(pixels, k, rng), MAX_ITERATIONS);
    const indices = pixels.map((p) => nearestCentroid(p, centroids).index);
    const distortion = quantizationDistortion(pixels, centroids, indices);
    if (!best || distortion < best.distortion) best = { palette: centroids, indices, distortion };
  }
  return best!;
}
