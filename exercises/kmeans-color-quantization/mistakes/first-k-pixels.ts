// caught-by: distortion
// Takes the first k pixels as the palette and maps every pixel to its nearest one, without any k-means.
export function quantize(pixels: number[][], k: number, rng: () => number): { palette: number[][]; indices: number[] } {
  const palette = pixels.slice(0, k).map((p) => [...p]);
  const distance = (a: number[], b: number[]) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2;
  const indices = pixels.map((p) => palette.reduce((best, colour, c) => (distance(p, colour) < distance(p, palette[best]) ? c : best), 0));
  return { palette, indices };
}
