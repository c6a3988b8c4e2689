// caught-by: momentum-random
// Velocity as a moving average, v ← ρ·v + (1 − ρ)·g: another method, with steps (1 − ρ) times smaller.
/** w ← w − μ·g, element by element. */
export function sgdStep(params: number[], grads: number[], learningRate: number): number[] {
  return params.map((w, i) => w - learningRate * grads[i]);
}

/** v ← ρ·v + g, then w ← w − μ·v with the new velocity. */
export function momentumStep(
  params: number[],
  grads: number[],
  velocity: number[],
  learningRate: number,
  rho: number,
): { params: number[]; velocity: number[] } {
  const newVelocity = velocity.map((v, i) => rho * v + (1 - rho) * grads[i]);
  return { params: params.map((w, i) => w - learningRate * newVelocity[i]), velocity: newVelocity };
}
