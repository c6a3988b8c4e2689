// caught-by: stride
// Sizes the output as if the stride were 1, then reads past the image (zeros) on the extra rows.
/** The pixel at (r, c), or 0 in the zero padding around the image. */
function pixelOrZero(image: number[][], r: number, c: number): number {
  return r >= 0 && r < image.length && c >= 0 && c < image[0].length ? image[r][c] : 0;
}

/**
 * Cross-correlation: out[i][j] = Σ_{u,v} in[i·s + u − p][j·s + v − p] · kernel[u][v], the kernel read
 * as it is (not flipped), with zeros outside the image.
 */
export function conv2d(image: number[][], kernel: number[][], stride = 1, padding = 0): number[][] {
  const [kh, kw] = [kernel.length, kernel[0].length];
  const outHeight = image.length - kh + 2 * padding + 1;
  const outWidth = image[0].length - kw + 2 * padding + 1;
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
