// caught-by: random-quadratic
// Computes the gradient once, at x0, and reuses it: straight steps along the first direction, which
// is only right when the gradient is constant.
export function gradientDescent(grad: (x: number[]) => number[], x0: number[], learningRate: number, steps: number): number[][] {
  const g = grad(x0);
  const trajectory: number[][] = [x0.slice()];
  for (let step = 0; step < steps; step++) {
    const x = trajectory[trajectory.length - 1];
    trajectory.push(x.map((value, i) => value - learningRate * g[i]));
  }
  return trajectory;
}
