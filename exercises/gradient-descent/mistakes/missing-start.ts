// caught-by: statement-example
// Records each new point but not x0: steps points instead of steps + 1.
export function gradientDescent(grad: (x: number[]) => number[], x0: number[], learningRate: number, steps: number): number[][] {
  const trajectory: number[][] = [];
  let x = x0.slice();
  for (let step = 0; step < steps; step++) {
    const g = grad(x);
    x = x.map((value, i) => value - learningRate * g[i]);
    trajectory.push(x);
  }
  return trajectory;
}
