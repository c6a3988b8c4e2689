/**
 * Least squares in closed form, on centred data: a = Sxy / Sxx, b = ȳ − a·x̄.
 * Centring first is what keeps the slope accurate when the xs are far from 0.
 */
export function fitLine(xs: number[], ys: number[]): { a: number; b: number } {
  const n = xs.length;
  let xMean = 0;
  let yMean = 0;
  for (let i = 0; i < n; i++) {
    xMean += xs[i] / n;
    yMean += ys[i] / n;
  }
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - xMean) * (ys[i] - yMean);
    sxx += (xs[i] - xMean) ** 2;
  }
  const a = sxy / sxx;
  return { a, b: yMean - a * xMean };
}
