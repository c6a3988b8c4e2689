// caught-by: statement-example
// Fits a line through the origin, a = Σxy / Σx² and b = 0, whereas b is free.
export function fitLine(xs: number[], ys: number[]): { a: number; b: number } {
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += xs[i] * ys[i];
    sxx += xs[i] * xs[i];
  }
  return { a: sxy / sxx, b: 0 };
}
