import { beforeAll, describe, expect, it } from 'vitest';
import { initReferenceBackend } from './backend';
import { l2Penalty, regularizedStep } from './regularization';

beforeAll(async () => {
  await initReferenceBackend();
});

describe('l2Penalty', () => {
  it('is (λ/2) times the sum of squares (worked by hand)', () => {
    // 1 + 4 + 0 + 4 = 9, times 0.1 / 2.
    expect(l2Penalty([[1, 2], [0, -2]], 0.1)).toBeCloseTo(0.45, 6);
  });

  it('is 0 for λ = 0', () => {
    expect(l2Penalty([[3, -4]], 0)).toBe(0);
  });
});

describe('regularizedStep', () => {
  it('gives W − μ(λW + ∇J) (worked by hand)', () => {
    const next = regularizedStep([[1, -2]], [[0.5, 0]], 0.1, 0.2);
    // 1 − 0.1 · (0.2 + 0.5) = 0.93; −2 − 0.1 · (−0.4 + 0) = −1.96.
    expect(next[0]![0]).toBeCloseTo(0.93, 6);
    expect(next[0]![1]).toBeCloseTo(-1.96, 6);
  });
});
