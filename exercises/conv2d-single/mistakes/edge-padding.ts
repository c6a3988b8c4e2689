// caught-by: padding
// Repeats the edge pixels instead of padding with zeros.
/** The pixel at (r, c), or 0 in the zero padding around the image. */
function pixelOrZero(image: number[][], r: number, c: number): number {
  return image[Math.min(Math.max(r, 0), image.length - 1)][Math.min(Math.max(c, 0), image[0].length - 1)];
}

/**
 * Cross-correlation: out[i][j] = Σ_{u,v} in[i·s + u − p][j·s + v − p] · kernel[u][v], the kernel read
 * as it is (not flipped), with zeros outside the image.
 */
export function conv2d(image: number[][], kernel: number[][], stride = 1, padding = 0): number[][] {
  const [kh, kw] = [kernel.length, kernel[0].length];
  const outHeight = Math.floor((image.length - kh + 2 * padding) / stride) + 1;
  const outWidth = Math.floor((image[0].length - kw + 2 * padding) / stride) + 1;
  const out: number[][] = [];
  for (let i = 0; i < outHeight; i++) {
    const row: number[] = [];
    for (let j = 0; j < outWidth; j++) {
      let sum = 0;
      for (let u = 0; u < kh; u++) {
        for (let v = 0; v < kw; v++) {
          sum += pixelOrZero(image, i * stride + u - padding, j * stride + v - padding) * kernel[u][v];
        }
      }
      row.push(sum);
    }
    out.push(row);
  }
  return out;
}
