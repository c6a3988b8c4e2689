import { beforeAll, describe, expect, it } from 'vitest';
import { initReferenceBackend } from './backend';
import { dense, denseGrad } from './dense';

beforeAll(async () => {
  await initReferenceBackend();
});

describe('dense', () => {
  it('computes XW + b, adding b to every row (worked by hand)', () => {
    const X = [[1, 2, 3], [0, -1, 4]];
    const W = [[1, 0], [0, 1], [1, 1]];
    // Row 0: [1 + 3, 2 + 3] + b; row 1: [0 + 4, −1 + 4] + b.
    expect(dense(X, W, [0.5, -0.5])).toEqual([[4.5, 4.5], [4.5, 2.5]]);
  });

  it('keeps a 1×1 layer', () => {
    expect(dense([[3]], [[-2]], [1])).toEqual([[-5]]);
  });
});

describe('denseGrad', () => {
  it('gives dX = dY Wᵀ, dW = Xᵀ dY and db = the column sums of dY (worked by hand)', () => {
    const X = [[1, 2], [3, -1]];
    const W = [[1, 2, 0], [0, 1, -1]];
    const dY = [[1, 0, 2], [0.5, 1, -1]];
    const { dX, dW, db } = denseGrad(X, W, dY);
    expect(dX).toEqual([[1, -2], [2.5, 2]]);
    expect(dW).toEqual([[2.5, 3, -1], [1.5, -1, 5]]);
    expect(db).toEqual([1.5, 1, 1]);
  });
});
