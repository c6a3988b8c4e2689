// caught-by: derivative-given-h
// Always uses its own step and ignores the h it is given.
export function derivative(f: (x: number) => number, x: number): number {
  const h = 1e-5;
  return (f(x + h) - f(x - h)) / (2 * h);
}

export function gradient(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  return x.map((_, i) => {
    const forward = x.slice();
    const backward = x.slice();
    forward[i] += h;
    backward[i] -= h;
    return (f(forward) - f(backward)) / (2 * h);
  });
}
