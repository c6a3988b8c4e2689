// caught-by: momentum-random
// Steps with the velocity from before the update (w ← w − μ·v_old), then updates v.
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
  const newVelocity = velocity.map((v, i) => rho * v + grads[i]);
  return { params: params.map((w, i) => w - learningRate * velocity[i]), velocity: newVelocity };
}
