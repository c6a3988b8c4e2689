/**
 * Descente de gradient : x_{t+1} = x_t − μ ∇f(x_t), à partir de x0, pendant `steps` pas.
 * Renvoie toute la trajectoire [x0, x1, …, x_steps] (steps + 1 points).
 */
export function gradientDescent(grad: (x: number[]) => number[], x0: number[], learningRate: number, steps: number): number[][] {
  throw new Error('À compléter');
}
