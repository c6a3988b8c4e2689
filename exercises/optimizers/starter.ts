/** Un pas de descente de gradient : w ← w − μ·g. Renvoie de nouveaux paramètres. */
export function sgdStep(params: number[], grads: number[], learningRate: number): number[] {
  return params.map(() => 0);
}

/** Un pas avec momentum : v ← ρ·v + g, puis w ← w − μ·v. Renvoie les nouveaux paramètres et la nouvelle vitesse. */
export function momentumStep(
  params: number[],
  grads: number[],
  velocity: number[],
  learningRate: number,
  rho: number,
): { params: number[]; velocity: number[] } {
  return { params: params.map(() => 0), velocity: velocity.map(() => 0) };
}
