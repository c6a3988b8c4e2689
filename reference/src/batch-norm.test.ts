import { beforeAll, describe, expect, it } from 'vitest';
import { initReferenceBackend } from './backend';
import { batchNormBackward, batchNormForward } from './batch-norm';

beforeAll(async () => {
  await initReferenceBackend();
});

describe('batchNormForward', () => {
  it('normalises each column with the biased variance, then scales and shifts (worked by hand)', () => {
    // Column 0: mean 2, variance 2/3; column 1: mean 2, variance 8/3.
    const Y = batchNormForward([[1, 4], [2, 0], [3, 2]], [1, 0.5], [0, 1], 0);
    const s0 = Math.sqrt(2 / 3);
    const s1 = Math.sqrt(8 / 3);
    const expected = [[-1 / s0, 1 + (0.5 * 2) / s1], [0, 1 - (0.5 * 2) / s1], [1 / s0, 1]];
    Y.flat().forEach((y, i) => expect(y).toBeCloseTo(expected.flat()[i]!, 5));
  });

  it('gives β for a constant column (x̂ = 0 thanks to ε)', () => {
    expect(batchNormForward([[2], [2]], [3], [0.5], 1e-3)).toEqual([[0.5], [0.5]]);
  });
});

describe('batchNormBackward', () => {
  it('gives dβ = Σ dY, dγ = Σ dY ⊙ x̂, and a dX whose columns sum to 0 (worked by hand)', () => {
    const X = [[1], [3]]; // x̂ = [−1, 1] with ε = 0
    const { dX, dGamma, dBeta } = batchNormBackward(X, [2], [[1], [0]], 0);
    expect(dBeta[0]).toBeCloseTo(1, 6);
    expect(dGamma[0]).toBeCloseTo(-1, 6);
    // dX = (γ/σ)(dY − mean dY − x̂ · mean(dY ⊙ x̂)) with σ = 1: 2 · (1 − 0.5 − 0.5) = 0 and 2 · (0 − 0.5 + 0.5) = 0.
    expect(dX[0]![0]).toBeCloseTo(0, 6);
    expect(dX[1]![0]).toBeCloseTo(0, 6);
  });
});
