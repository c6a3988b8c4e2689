// caught-by: same-rng-same-result
// Math.random instead of the rng it receives: the result cannot be reproduced from the seed.
const squaredDistance = (a: number[], b: number[]) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2;

/** Index of the nearest palette colour. */
function nearest(pixel: number[], palette: number[][]): number {
  let best = 0;
  for (let c = 1; c < palette.length; c++) if (squaredDistance(pixel, palette[c]) < squaredDistance(pixel, palette[best])) best = c;
  return best;
}

/** k-means++ seeding: each new centre drawn with probability proportional to its squared distance to the others. */
function seed(pixels: number[][], k: number, rng: () => number): number[][] {
  const centres = [pixels[Math.floor(Math.random() * pixels.length)]];
  const distances = pixels.map((p) => squaredDistance(p, centres[0]));
  while (centres.length < k) {
    const total = distances.reduce((s, d) => s + d, 0);
    let chosen = Math.floor(Math.random() * pixels.length);
    if (total > 0) {
      let target = Math.random() * total;
      chosen = 0;
      while (chosen < pixels.length - 1 && (target -= distances[chosen]) >= 0) chosen++;
    }
    const centre = pixels[chosen];
    centres.push(centre);
    pixels.forEach((p, i) => (distances[i] = Math.min(distances[i], squaredDistance(p, centre))));
  }
  return centres.map((c) => [...c]);
}

/** One k-means run (Lloyd passes until nothing changes); returns the palette, indices and distortion. */
function run(pixels: number[][], k: number, rng: () => number) {
  let palette = seed(pixels, k, rng);
  let indices = pixels.map((p) => nearest(p, palette));
  for (let it = 0; it < 100; it++) {
    palette = palette.map((colour, c) => {
      const sum = [0, 0, 0];
      let count = 0;
      pixels.forEach((p, i) => {
        if (indices[i] !== c) return;
        count++;
        for (let j = 0; j < 3; j++) sum[j] += p[j];
      });
      return count === 0 ? colour : sum.map((s) => s / count);
    });
    const next = pixels.map((p) => nearest(p, palette));
    const changed = next.some((c, i) => c !== indices[i]);
    indices = next;
    if (!changed) break;
  }
  const distortion = pixels.reduce((s, p, i) => s + squaredDistance(p, palette[indices[i]]), 0);
  return { palette, indices, distortion };
}

/** The best of several k-means++ runs: a single run can end in a poor local minimum. */
export function quantize(pixels: number[][], k: number, rng: () => number): { palette: number[][]; indices: number[] } {
  let best = run(pixels, k, rng);
  for (let attempt = 1; attempt < 8; attempt++) {
    const candidate = run(pixels, k, rng);
    if (candidate.distortion < best.distortion) best = candidate;
  }
  return { palette: best.palette, indices: best.indices };
}
