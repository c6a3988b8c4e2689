// caught-by: derivative-default-h
// A default step of 0.1 "looks small", but the central difference is then off by about 0.0017·f'''.
export function derivative(f: (x: number) => number, x: number, h = 0.1): number {
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
