// caught-by: backward-reference
// dX = (γ/σ) dY: treats the batch mean and variance as constants, although they depend on X.
/** Per column: batch mean, biased variance and normalised values x̂ = (x − μ)/√(σ² + ε). */
function normalise(X: number[][], eps: number): { xHat: number[][]; invStd: number[] } {
  const n = X.length;
  const d = X[0].length;
  const mean = new Array<number>(d).fill(0);
  const variance = new Array<number>(d).fill(0);
  for (const row of X) row.forEach((x, j) => (mean[j] += x / n));
  for (const row of X) row.forEach((x, j) => (variance[j] += (x - mean[j]) ** 2 / n));
  const invStd = variance.map((v) => 1 / Math.sqrt(v + eps));
  return { xHat: X.map((row) => row.map((x, j) => (x - mean[j]) * invStd[j])), invStd };
}

/** y = γ x̂ + β, column by column. */
export function batchNormForward(X: number[][], gamma: number[], beta: number[], eps: number): number[][] {
  const { xHat } = normalise(X, eps);
  return xHat.map((row) => row.map((v, j) => gamma[j] * v + beta[j]));
}

/** dβ = Σᵢ dY, dγ = Σᵢ dY ⊙ x̂, dX = (γ/σ)(dY − mean(dY) − x̂ · mean(dY ⊙ x̂)). */
export function batchNormBackward(
  X: number[][],
  gamma: number[],
  dY: number[][],
  eps: number,
): { dX: number[][]; dGamma: number[]; dBeta: number[] } {
  const n = X.length;
  const { xHat, invStd } = normalise(X, eps);
  const dBeta = gamma.map((_, j) => dY.reduce((s, row) => s + row[j], 0));
  const dGamma = gamma.map((_, j) => dY.reduce((s, row, i) => s + row[j] * xHat[i][j], 0));
  const dX = X.map((row, i) =>
    row.map((_, j) => gamma[j] * invStd[j] * dY[i][j]),
  );
  return { dX, dGamma, dBeta };
}
