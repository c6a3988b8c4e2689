// caught-by: statement-example
// Returns the point reached, not the trajectory: the curriculum asks for [x0, x1, …, x_steps].
export function gradientDescent(grad: (x: number[]) => number[], x0: number[], learningRate: number, steps: number): number[][] {
  let x = x0.slice();
  for (let step = 0; step < steps; step++) {
    const g = grad(x);
    x = x.map((value, i) => value - learningRate * g[i]);
  }
  return [x];
}
