// caught-by: stride-and-padding
// Forgets the stride on the way back: windows are taken one pixel apart.
/**
 * Backward of Y[i][j][o] = bias[o] + Σ_{u,v,c} x[i·s + u − p][j·s + v − p][c] · kernels[u][v][c][o].
 * Each output value's gradient g = dY[i][j][o] flows back along the products that made it:
 * to every input pixel of its window (times the weight) and to every weight (times the pixel);
 * the bias receives g itself. Positions in the zero padding are not inputs: nothing flows there.
 */
export function conv2dBackward(
  x: number[][][],
  kernels: number[][][][],
  dY: number[][][],
  stride: number,
  padding: number,
): { dX: number[][][]; dK: number[][][][]; dBias: number[] } {
  const [height, width, channels] = [x.length, x[0].length, x[0][0].length];
  const [kh, kw, outChannels] = [kernels.length, kernels[0].length, kernels[0][0][0].length];
  const dX = x.map((row) => row.map((pixel) => pixel.map(() => 0)));
  const dK = kernels.map((plane) => plane.map((weights) => weights.map((perOutput) => perOutput.map(() => 0))));
  const dBias = kernels[0][0][0].map(() => 0);
  for (let i = 0; i < dY.length; i++) {
    for (let j = 0; j < dY[0].length; j++) {
      for (let o = 0; o < outChannels; o++) {
        const g = dY[i][j][o];
        dBias[o] += g;
        for (let u = 0; u < kh; u++) {
          const r = i + u - padding;
          if (r < 0 || r >= height) continue;
          for (let v = 0; v < kw; v++) {
            const c = j + v - padding;
            if (c < 0 || c >= width) continue;
            for (let ch = 0; ch < channels; ch++) {
              dX[r][c][ch] += g * kernels[u][v][ch][o];
              dK[u][v][ch][o] += g * x[r][c][ch];
            }
          }
        }
      }
    }
  }
  return { dX, dK, dBias };
}
