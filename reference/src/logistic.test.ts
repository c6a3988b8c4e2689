import { beforeAll, describe, expect, it } from 'vitest';
import { initReferenceBackend } from './backend';
import { logisticGradient, logisticLoss, logisticSigmoid } from './logistic';

beforeAll(async () => {
  await initReferenceBackend();
});

describe('logisticSigmoid', () => {
  it('is 1/2 at 0 and saturates without NaN', () => {
    expect(logisticSigmoid(0)).toBe(0.5);
    expect(logisticSigmoid(1e4)).toBe(1);
    expect(logisticSigmoid(-1e4)).toBe(0);
    expect(logisticSigmoid(Math.log(3))).toBeCloseTo(0.75, 6);
  });
});

describe('logisticLoss', () => {
  it('is log 2 when w = 0 and b = 0', () => {
    expect(logisticLoss([0], 0, [[1], [2]], [0, 1])).toBeCloseTo(Math.log(2), 6);
  });

  it('stays finite at |z| = 1000: a wrong sample costs |z|, a right one 0', () => {
    expect(logisticLoss([1], 0, [[1000], [-1000]], [0, 0])).toBeCloseTo(500, 3);
    expect(logisticLoss([1], 0, [[1000], [-1000]], [1, 0])).toBeCloseTo(0, 6);
  });
});

describe('logisticGradient', () => {
  it('is (1/n) Xᵀ(σ(z) − y) and the mean of σ(z) − y (by hand at w = 0)', () => {
    const { dw, db } = logisticGradient([0], 0, [[1], [2]], [0, 1]);
    expect(dw[0]).toBeCloseTo(-0.25, 6);
    expect(db).toBeCloseTo(0, 6);
  });
});
