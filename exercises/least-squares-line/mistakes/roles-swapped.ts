// caught-by: statement-example
// Regresses x on y (minimises horizontal distances): a = Sxy / Syy instead of Sxy / Sxx.
export function fitLine(xs: number[], ys: number[]): { a: number; b: number } {
  const n = xs.length;
  const xMean = xs.reduce((s, x) => s + x, 0) / n;
  const yMean = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - xMean) * (ys[i] - yMean);
    syy += (ys[i] - yMean) ** 2;
  }
  const a = sxy / syy;
  return { a, b: yMean - a * xMean };
}
