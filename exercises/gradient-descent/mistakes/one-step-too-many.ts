// caught-by: statement-example
// Loops with `<=`: steps + 1 updates, steps + 2 points.
export function gradientDescent(grad: (x: number[]) => number[], x0: number[], learningRate: number, steps: number): number[][] {
  const trajectory: number[][] = [x0.slice()];
  for (let step = 0; step <= steps; step++) {
    const x = trajectory[trajectory.length - 1];
    const g = grad(x);
    trajectory.push(x.map((value, i) => value - learningRate * g[i]));
  }
  return trajectory;
}
