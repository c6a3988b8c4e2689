/** x_{t+1} = x_t − μ ∇f(x_t); every point is a new array, so the trajectory keeps x₀ … x_steps. */
export function gradientDescent(grad: (x: number[]) => number[], x0: number[], learningRate: number, steps: number): number[][] {
  const trajectory: number[][] = [x0.slice()];
  for (let step = 0; step < steps; step++) {
    const x = trajectory[trajectory.length - 1];
    const g = grad(x);
    trajectory.push(x.map((value, i) => value - learningRate * g[i]));
  }
  return trajectory;
}
