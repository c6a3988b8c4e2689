// caught-by: channels-differ
// Output channel o only looks at input channel o (a depthwise convolution), not at all of them.
/**
 * out[i][j][o] = bias[o] + Σ_{u,v,c} x[i·s + u − p][j·s + v − p][c] · kernels[u][v][c][o]:
 * each output channel sums over every input channel, with zeros outside the image.
 */
export function conv2dMulti(
  x: number[][][],
  kernels: number[][][][],
  bias: number[],
  stride: number,
  padding: number,
): number[][][] {
  const [height, width, channels] = [x.length, x[0].length, x[0][0].length];
  const [kh, kw] = [kernels.length, kernels[0].length];
  const outHeight = Math.floor((height - kh + 2 * padding) / stride) + 1;
  const outWidth = Math.floor((width - kw + 2 * padding) / stride) + 1;
  const out: number[][][] = [];
  for (let i = 0; i < outHeight; i++) {
    const row: number[][] = [];
    for (let j = 0; j < outWidth; j++) {
      const pixel = bias.map((b, o) => {
        let sum = b;
        for (let u = 0; u < kh; u++) {
          const r = i * stride + u - padding;
          if (r < 0 || r >= height) continue; // zero padding adds nothing
          for (let v = 0; v < kw; v++) {
            const c = j * stride + v - padding;
            if (c < 0 || c >= width) continue;
            for (let ch = o; ch === o && ch < channels; ch++) sum += x[r][c][ch] * kernels[u][v][ch][o];
          }
        }
        return sum;
      });
      row.push(pixel);
    }
    out.push(row);
  }
  return out;
}
