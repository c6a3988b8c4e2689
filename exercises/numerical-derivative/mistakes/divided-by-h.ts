// caught-by: statement-example
// Divides the central difference by h instead of 2h: the points are 2h apart, so every slope doubles.
export function derivative(f: (x: number) => number, x: number, h = 1e-5): number {
  return (f(x + h) - f(x - h)) / h;
}

export function gradient(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  return x.map((_, i) => {
    const forward = x.slice();
    const backward = x.slice();
    forward[i] += h;
    backward[i] -= h;
    return (f(forward) - f(backward)) / h;
  });
}
