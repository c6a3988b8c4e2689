// caught-by: derivative-given-h
// One-sided difference (f(x + h) − f(x)) / h: its error is about h·f''/2, not h²·f'''/6.
export function derivative(f: (x: number) => number, x: number, h = 1e-5): number {
  return (f(x + h) - f(x)) / h;
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
