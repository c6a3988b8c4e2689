// caught-by: statement-example
// Updates one array in place and pushes it at every step: every row of the trajectory is that same
// array, so they all show the last point.
export function gradientDescent(grad: (x: number[]) => number[], x0: number[], learningRate: number, steps: number): number[][] {
  const x = x0.slice();
  const trajectory: number[][] = [x];
  for (let step = 0; step < steps; step++) {
    const g = grad(x);
    for (let i = 0; i < x.length; i++) x[i] -= learningRate * g[i];
    trajectory.push(x);
  }
  return trajectory;
}
