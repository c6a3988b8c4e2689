// caught-by: valid-output
// Returns every distinct colour of the image as the palette: no loss, but far more than k colours.
export function quantize(pixels: number[][], k: number, rng: () => number): { palette: number[][]; indices: number[] } {
  const keys = new Map<string, number>();
  const palette: number[][] = [];
  const indices = pixels.map((p) => {
    const key = p.join(',');
    if (!keys.has(key)) {
      keys.set(key, palette.length);
      palette.push([...p]);
    }
    return keys.get(key)!;
  });
  return { palette, indices };
}
