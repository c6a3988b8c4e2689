// caught-by: far-from-origin
// The textbook formula on raw sums, a = (nΣxy − ΣxΣy) / (nΣx² − (Σx)²): exact on paper, but for xs
// near 1e7 both terms of the denominator are about n²·1e14 and their difference loses most of its digits.
export function fitLine(xs: number[], ys: number[]): { a: number; b: number } {
  const n = xs.length;
  let sx = 0;
  let sy = 0;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sx += xs[i];
    sy += ys[i];
    sxy += xs[i] * ys[i];
    sxx += xs[i] * xs[i];
  }
  const a = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  return { a, b: (sy - a * sx) / n };
}
