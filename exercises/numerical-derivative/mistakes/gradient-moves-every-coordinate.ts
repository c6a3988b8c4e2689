// caught-by: gradient-given-h
// Moves every coordinate at once: that is the slope along the diagonal (1, …, 1), the same number
// repeated, not the partial derivatives.
export function derivative(f: (x: number) => number, x: number, h = 1e-5): number {
  return (f(x + h) - f(x - h)) / (2 * h);
}

export function gradient(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  const slope = (f(x.map((v) => v + h)) - f(x.map((v) => v - h))) / (2 * h);
  return x.map(() => slope);
}
