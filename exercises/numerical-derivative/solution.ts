/** Central difference (f(x + h) − f(x − h)) / 2h: its error shrinks like h², a one-sided one only like h. */
export function derivative(f: (x: number) => number, x: number, h = 1e-5): number {
  return (f(x + h) - f(x - h)) / (2 * h);
}

/** One central difference per coordinate, on copies of x so that the other coordinates stay put. */
export function gradient(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  const result: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const forward = x.slice();
    const backward = x.slice();
    forward[i] += h;
    backward[i] -= h;
    result.push((f(forward) - f(backward)) / (2 * h));
  }
  return result;
}
