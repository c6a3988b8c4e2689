import { beforeAll, describe, expect, it } from 'vitest';
import { initReferenceBackend } from './backend';
import { mlpForward } from './mlp-forward';

beforeAll(async () => {
  await initReferenceBackend();
});

describe('mlpForward', () => {
  it('chains dense layers and activations (worked by hand)', () => {
    // Layer 1: [1, −1]·W1 + b1 = [1 − 2, 0.5 − 1] + [0.5, 1] = [−0.5, 0.5] → relu → [0, 0.5].
    // Layer 2: [0, 0.5]·W2 + b2 = [1] + [−1] = [0] → linear.
    const layers = [
      { W: [[1, 0.5], [2, 1]], b: [0.5, 1], activation: 'relu' as const },
      { W: [[3], [2]], b: [-1], activation: 'linear' as const },
    ];
    expect(mlpForward([[1, -1]], layers)).toEqual([[0]]);
  });

  it('applies softmax to each row on its own, stably', () => {
    // Integers, exact in float32: row 0 has logits [1000, 1000], row 1 [1000, 1001].
    const out = mlpForward([[0], [1]], [{ W: [[0, 1]], b: [1000, 1000], activation: 'softmax' }]);
    expect(out[0]).toEqual([0.5, 0.5]);
    expect(out[1]![0]).toBeCloseTo(1 / (1 + Math.E), 6);
    expect(out[1]![1]).toBeCloseTo(Math.E / (1 + Math.E), 6);
  });
});
