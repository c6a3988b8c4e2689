/**
 * The multi-channel convolution written as plain loops in float64, for finite-difference gradient
 * checks: TensorFlow.js computes in float32, whose rounding (about 1e-7 relative) swamps the change
 * a step of h = 1e-5 makes. Everywhere else the checks use the TensorFlow.js reference (conv.ts).
 * out[i][j][o] = bias[o] + Σ_{u,v,c} x[i·s + u − p][j·s + v − p][c] · kernels[u][v][c][o], zeros outside x.
 * @example
 *   conv2dMultiFloat64([[[1, 2]]], [[[[1], [1]]]], [0.5], 1, 0); // [[[3.5]]]
 */
export function conv2dMultiFloat64(x: number[][][], kernels: number[][][][], bias: number[], stride: number, padding: number): number[][][] {
  const [height, width, channels] = [x.length, x[0]!.length, x[0]![0]!.length];
  const [kh, kw] = [kernels.length, kernels[0]!.length];
  const outHeight = Math.floor((height - kh + 2 * padding) / stride) + 1;
  const outWidth = Math.floor((width - kw + 2 * padding) / stride) + 1;
  const out: number[][][] = [];
  for (let i = 0; i < outHeight; i++) {
    const row: number[][] = [];
    for (let j = 0; j < outWidth; j++) {
      row.push(
        bias.map((b, o) => {
          let sum = b;
          for (let u = 0; u < kh; u++) {
            const r = i * stride + u - padding;
            if (r < 0 || r >= height) continue;
            for (let v = 0; v < kw; v++) {
              const c = j * stride + v - padding;
              if (c < 0 || c >= width) continue;
              for (let ch = 0; ch < channels; ch++) sum += x[r]![c]![ch]! * kernels[u]![v]![ch]![o]!;
            }
          }
          return sum;
        }),
      );
    }
    out.push(row);
  }
  return out;
}
