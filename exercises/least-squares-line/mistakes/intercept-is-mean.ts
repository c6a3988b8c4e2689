// caught-by: statement-example
// Takes b = ȳ, forgetting that the line must go through (x̄, ȳ): b = ȳ − a·x̄.
export function fitLine(xs: number[], ys: number[]): { a: number; b: number } {
  const n = xs.length;
  const xMean = xs.reduce((s, x) => s + x, 0) / n;
  const yMean = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - xMean) * (ys[i] - yMean);
    sxx += (xs[i] - xMean) ** 2;
  }
  return { a: sxy / sxx, b: yMean };
}
