/**
 * Gradient descent x_{t+1} = x_t − μ ∇f(x_t), in float64 (a loop, not an op); returns the whole
 * trajectory [x₀, x₁, …, x_steps], steps + 1 points.
 * @example
 *   gradientDescentTrajectory(([x]) => [2 * x!], [1], 0.25, 2); // [[1], [0.5], [0.25]]
 */
export function gradientDescentTrajectory(grad: (x: number[]) => number[], x0: number[], learningRate: number, steps: number): number[][] {
  const trajectory = [[...x0]];
  let x = [...x0];
  for (let step = 0; step < steps; step++) {
    const g = grad(x);
    x = x.map((value, i) => value - learningRate * g[i]!);
    trajectory.push(x);
  }
  return trajectory;
}
