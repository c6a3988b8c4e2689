import { describe, expect, it } from 'vitest';
import type { NestedNumbers } from '../compare/nested-numbers';
import { OutcomeSchema } from '../outcome';
import { randomMatrix, randomVector } from '../random/generators';
import { createRng } from '../random/rng';
import { checkGradients, GRADIENT_TOLERANCE } from './check-gradients';
import { numericGradient } from './numeric-gradient';

/** J(W, b) = (1 / 2n) Σ ‖XW + b − Y‖²: a small smooth loss with a known gradient. */
function squaredLoss(X: number[][], Y: number[][], W: number[][], b: number[]): number {
  let sum = 0;
  X.forEach((row, i) => b.forEach((bj, j) => {
    const r = row.reduce((s, x, k) => s + x * W[k]![j]!, bj) - Y[i]![j]!;
    sum += r * r;
  }));
  return sum / (2 * X.length);
}

/** ∂J/∂W = Xᵀ R / n and ∂J/∂b = Σᵢ R / n with R = XW + b − Y; `scale` lets tests break it. */
function squaredLossGradient(X: number[][], Y: number[][], W: number[][], b: number[], scale = 1 / X.length) {
  const R = X.map((row, i) => b.map((bj, j) => row.reduce((s, x, k) => s + x * W[k]![j]!, bj) - Y[i]![j]!));
  const dW = W.map((wRow, k) => wRow.map((_, j) => scale * X.reduce((s, row, i) => s + row[k]! * R[i]![j]!, 0)));
  const db = b.map((_, j) => scale * R.reduce((s, r) => s + r[j]!, 0));
  return { dW, db };
}

function problem(seed: number, inputs: number, outputs: number) {
  const rng = createRng(seed);
  const X = randomMatrix(rng, 5, inputs);
  const Y = randomMatrix(rng, 5, outputs);
  const W = randomMatrix(rng, inputs, outputs);
  const b = randomVector(rng, outputs);
  const loss = async (p: Record<string, NestedNumbers>) => squaredLoss(X, Y, p.W as number[][], p.b as number[]);
  return { rng, X, Y, W, b, loss };
}

const label = 'denseLossAndGradients(X, Y, W, b)';

describe('checkGradients', () => {
  it('passes a correct gradient and fills the table for every parameter', async () => {
    const { rng, X, Y, W, b, loss } = problem(1, 4, 3);
    const { dW, db } = squaredLossGradient(X, Y, W, b);
    const outcome = await checkGradients({ label, parameters: { W, b }, loss, analytic: { W: dW, b: db }, reference: { W: dW, b: db }, rng, gradientNames: { W: 'dW', b: 'db' } });
    expect(outcome.passed).toBe(true);
    const table = outcome.details?.gradientTable ?? [];
    expect(table.filter((row) => row.parameter === 'dW')).toHaveLength(12);
    expect(table.filter((row) => row.parameter === 'db')).toHaveLength(3);
    expect(table.map((row) => row.index)).toContainEqual([0, 0]);
    expect(table.map((row) => row.index)).toContainEqual([3, 2]);
    expect(table.every((row) => row.passed && row.reference !== undefined)).toBe(true);
    expect(OutcomeSchema.parse(outcome)).toEqual(outcome);
  });

  it('fails a gradient missing the 1/batch factor with code gradient and a clear message', async () => {
    const { rng, X, Y, W, b, loss } = problem(2, 3, 2);
    const { dW, db } = squaredLossGradient(X, Y, W, b, 1);
    const outcome = await checkGradients({ label, parameters: { W, b }, loss, analytic: { W: dW, b: db }, rng, gradientNames: { W: 'dW', b: 'db' } });
    expect(outcome.code).toBe('gradient');
    expect(outcome.message).toMatchInlineSnapshot(`
      {
        "en": "denseLossAndGradients(X, Y, W, b).db[1] = -6.0329 (your analytic gradient), but finite differences of your own forward pass give -1.20658 (error 4.83, tolerance 6e-4)",
        "fr": "denseLossAndGradients(X, Y, W, b).db[1] vaut -6.0329 (votre gradient analytique), mais les différences finies de votre propre propagation avant donnent -1.20658 (écart 4.83, tolérance 6e-4)",
      }
    `);
    expect(outcome.details?.gradientTable?.some((row) => !row.passed)).toBe(true);
    expect(outcome.details?.worst?.error).toBeGreaterThan(outcome.details!.worst!.allowed);
  });

  it('fails a sign error and a transposed gradient', async () => {
    const { rng, X, Y, W, b, loss } = problem(3, 3, 3);
    const { dW, db } = squaredLossGradient(X, Y, W, b);
    const negated = dW.map((row) => row.map((v) => -v));
    expect((await checkGradients({ label, parameters: { W, b }, loss, analytic: { W: negated, b: db }, rng })).code).toBe('gradient');
    const transposed = dW[0]!.map((_, j) => dW.map((row) => row[j]!));
    expect((await checkGradients({ label, parameters: { W, b }, loss, analytic: { W: transposed, b: db }, rng })).code).toBe('gradient');

    const wide = problem(4, 2, 3);
    const g = squaredLossGradient(wide.X, wide.Y, wide.W, wide.b);
    const wideTransposed = g.dW[0]!.map((_, j) => g.dW.map((row) => row[j]!));
    const outcome = await checkGradients({ label, parameters: { W: wide.W, b: wide.b }, loss: wide.loss, analytic: { W: wideTransposed, b: g.db }, rng });
    expect([outcome.code, outcome.message.en]).toEqual(['shape', `${label}.W has shape [3, 2], expected [2, 3]`]);
  });

  it('compares with the reference under the value tolerance when finite differences agree', async () => {
    // A forward pass and gradient that agree with each other but ignore b: only the reference sees it.
    const { rng, X, Y, W, b } = problem(5, 3, 2);
    const zeroBias = b.map(() => 0);
    const wrongLoss = async (p: Record<string, NestedNumbers>) => squaredLoss(X, Y, p.W as number[][], zeroBias);
    const wrong = squaredLossGradient(X, Y, W, zeroBias);
    const right = squaredLossGradient(X, Y, W, b);
    const outcome = await checkGradients({ label, parameters: { W }, loss: wrongLoss, analytic: { W: wrong.dW }, reference: { W: right.dW }, rng });
    expect(outcome.code).toBe('value');
    expect(outcome.details?.gradientTable?.every((row) => row.passed)).toBe(true);
  });

  it('says so when the loss is not a finite number', async () => {
    const { rng, X, Y, W, b } = problem(6, 2, 2);
    const { dW } = squaredLossGradient(X, Y, W, b);
    const nanLoss = async () => NaN;
    const outcome = await checkGradients({ label, parameters: { W }, loss: nanLoss, analytic: { W: dW }, rng });
    expect([outcome.code, outcome.message.en]).toEqual(['not-finite', `${label}: the loss at the given parameters is NaN; it must be a finite number`]);
    let calls = 0;
    const blowsUp = async (p: Record<string, NestedNumbers>) => (calls++ === 0 ? 1 : (p.W as number[][])[0]![0]! > W[0]![0]! ? Infinity : 1);
    const moved = await checkGradients({ label, parameters: { W }, loss: blowsUp, analytic: { W: dW }, rng });
    expect(moved.message.en).toBe(`${label}: the loss when W[0][0] moves by ±1e-5 is Infinity; it must be a finite number`);
  });

  it('rejects a missing or non-finite analytic gradient before any finite difference', async () => {
    const { rng, W, loss } = problem(7, 2, 2);
    expect((await checkGradients({ label, parameters: { W }, loss, analytic: {}, rng })).code).toBe('type');
    expect((await checkGradients({ label, parameters: { W }, loss, analytic: { W: [[0, NaN], [0, 0]] }, rng })).code).toBe('not-finite');
  });
});

describe('numericGradient', () => {
  it('matches a known gradient in float64', () => {
    const f = ([a, b]: number[]) => Math.sin(a!) * b! + b! ** 3;
    const [ga, gb] = numericGradient(f, [0.3, -1.2]);
    expect(Math.abs(ga! - Math.cos(0.3) * -1.2)).toBeLessThan(1e-9);
    expect(Math.abs(gb! - (Math.sin(0.3) + 3 * 1.44))).toBeLessThan(1e-9);
    expect(GRADIENT_TOLERANCE).toEqual({ rtol: 1e-4, atol: 1e-7 });
  });
});
