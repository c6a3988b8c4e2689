// caught-by: all-negative
// Starts the running maximum at 0: wrong as soon as a whole window is negative.
/** Windows that would run past the edge are dropped. */
function outputSide(n: number, size: number, stride: number): number {
  return Math.floor((n - size) / stride) + 1;
}

/**
 * Applies `reduce` to the size×size window of every output position, channel by channel.
 * `reduce` receives the window's values in row-major order.
 */
function pool(x: number[][][], size: number, stride: number, reduce: (values: number[]) => number): number[][][] {
  const channels = x[0][0].length;
  const out: number[][][] = [];
  for (let i = 0; i < outputSide(x.length, size, stride); i++) {
    const row: number[][] = [];
    for (let j = 0; j < outputSide(x[0].length, size, stride); j++) {
      const pixel: number[] = [];
      for (let c = 0; c < channels; c++) {
        const values: number[] = [];
        for (let u = 0; u < size; u++) for (let v = 0; v < size; v++) values.push(x[i * stride + u][j * stride + v][c]);
        pixel.push(reduce(values));
      }
      row.push(pixel);
    }
    out.push(row);
  }
  return out;
}

export function maxPool2d(x: number[][][], size: number, stride: number): number[][][] {
  return pool(x, size, stride, (values) => values.reduce((m, v) => (v > m ? v : m), 0));
}

export function avgPool2d(x: number[][][], size: number, stride: number): number[][][] {
  return pool(x, size, stride, (values) => values.reduce((sum, v) => sum + v, 0) / values.length);
}

export function globalAveragePool(x: number[][][]): number[] {
  const positions = x.length * x[0].length;
  return x[0][0].map((_, c) => x.reduce((sum, row) => sum + row.reduce((s, pixel) => s + pixel[c], 0), 0) / positions);
}

/**
 * Only the maximum of a window influences its output, so dY goes to that one position (the first
 * maximum in row-major order on a tie: strict comparison); overlapping windows add up.
 */
export function maxPool2dBackward(x: number[][][], dY: number[][][], size: number, stride: number): number[][][] {
  const dX = x.map((row) => row.map((pixel) => pixel.map(() => 0)));
  for (let i = 0; i < dY.length; i++) {
    for (let j = 0; j < dY[0].length; j++) {
      for (let c = 0; c < x[0][0].length; c++) {
        let [best, bestRow, bestColumn] = [-Infinity, -1, -1];
        for (let u = 0; u < size; u++) {
          for (let v = 0; v < size; v++) {
            const [r, t] = [i * stride + u, j * stride + v];
            if (x[r][t][c] > best) [best, bestRow, bestColumn] = [x[r][t][c], r, t];
          }
        }
        dX[bestRow][bestColumn][c] += dY[i][j][c];
      }
    }
  }
  return dX;
}
