export interface CnnParameters {
  kernels: number[][][][];
  convBias: number[];
  W: number[][];
  b: number[];
}

/** 3×3 cross-correlation, stride 1, one pixel of zero padding: the output keeps the image's size. */
function convSame(x: number[][][], kernels: number[][][][], bias: number[]): number[][][] {
  const [height, width] = [x.length, x[0].length];
  return x.map((row, i) =>
    row.map((_, j) =>
      bias.map((b, o) => {
        let sum = b;
        for (let u = 0; u < 3; u++) {
          for (let v = 0; v < 3; v++) {
            const [r, c] = [i + u - 1, j + v - 1];
            if (r < 0 || r >= height || c < 0 || c >= width) continue;
            x[r][c].forEach((value, ch) => (sum += value * kernels[u][v][ch][o]));
          }
        }
        return sum;
      }),
    ),
  );
}

/** 2×2 max pooling, stride 2; an odd last row or column has no full window and is dropped. */
function maxPool2x2(x: number[][][]): number[][][] {
  const [height, width] = [Math.floor(x.length / 2), Math.floor(x[0].length / 2)];
  return Array.from({ length: height }, (_, i) =>
    Array.from({ length: width }, (_, j) =>
      x[2 * i][2 * j].map((_, c) => Math.max(x[2 * i][2 * j][c], x[2 * i][2 * j + 1][c], x[2 * i + 1][2 * j][c], x[2 * i + 1][2 * j + 1][c])),
    ),
  );
}

/** Softmax with the largest logit subtracted first: exp never overflows. */
function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const exps = z.map((v) => Math.exp(v - max));
  const sum = exps.reduce((s, e) => s + e, 0);
  return exps.map((e) => e / sum);
}

export function cnnForward(image: number[][][], p: CnnParameters): number[] {
  const features = convSame(image, p.kernels, p.convBias).map((row) => row.map((pixel) => pixel.map((v) => Math.max(0, v))));
  const flat = maxPool2x2(features).flat(2); // [H][W][C] order: channels vary fastest
  const logits = p.b.map((b, k) => flat.reduce((sum, v, i) => sum + v * p.W[i][k], b));
  return softmax(logits);
}
