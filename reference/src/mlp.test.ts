import { beforeAll, describe, expect, it } from 'vitest';
import { initReferenceBackend } from './backend';
import { mlpLossAndGradients } from './mlp';

beforeAll(async () => {
  await initReferenceBackend();
});

// Worked by hand: X = [1, −1] gives pre-activations [1, −2], so h = [1, 0]; logits = [1, 0] + [0, 1] = [1, 1],
// softmax = [½, ½], J = ln 2 for label 0, dlogits = [−½, ½]; the ReLU blocks the second hidden unit.
const p = { W1: [[1, -1], [0, 1]], b1: [0, 0], W2: [[1, 0], [0, 1]], b2: [0, 1] };
const expected = {
  loss: Math.LN2,
  dW1: [[-0.5, 0], [0.5, 0]],
  db1: [-0.5, 0],
  dW2: [[-0.5, 0.5], [0, 0]],
  db2: [-0.5, 0.5],
};

function expectCloseTo(got: unknown, want: unknown): void {
  if (typeof want === 'number') return void expect(got).toBeCloseTo(want, 6);
  if (Array.isArray(want)) {
    expect(got).toHaveLength(want.length);
    return want.forEach((w, i) => expectCloseTo((got as unknown[])[i], w));
  }
  for (const [key, value] of Object.entries(want as object)) expectCloseTo((got as Record<string, unknown>)[key], value);
}

describe('mlpLossAndGradients', () => {
  it('matches the worked example for one sample', () => {
    expectCloseTo(mlpLossAndGradients([[1, -1]], [0], p), expected);
  });

  it('averages over the batch: the same sample twice gives the same loss and gradients', () => {
    expectCloseTo(mlpLossAndGradients([[1, -1], [1, -1]], [0, 0], p), expected);
  });

  it('takes the ReLU derivative as 0 at exactly 0', () => {
    // Pre-activations [0, 0]: nothing flows back to W1 or b1.
    const { dW1, db1 } = mlpLossAndGradients([[0, 0]], [1], p);
    expect(db1).toEqual([0, 0]);
    expect(dW1).toEqual([[0, 0], [0, 0]]);
  });
});
