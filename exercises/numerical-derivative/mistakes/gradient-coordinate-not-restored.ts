// caught-by: gradient-given-h
// Works on x in place and forgets to put each coordinate back: from the second coordinate on, the
// differences are taken around a shifted point.
export function derivative(f: (x: number) => number, x: number, h = 1e-5): number {
  return (f(x + h) - f(x - h)) / (2 * h);
}

export function gradient(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  const point = x.slice();
  return point.map((_, i) => {
    point[i] += h;
    const plus = f(point);
    point[i] -= 2 * h;
    const minus = f(point);
    return (plus - minus) / (2 * h);
  });
}
