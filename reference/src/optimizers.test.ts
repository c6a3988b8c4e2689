import { beforeAll, describe, expect, it } from 'vitest';
import { initReferenceBackend } from './backend';
import { momentumUpdate, sgdUpdate } from './optimizers';

beforeAll(async () => {
  await initReferenceBackend();
});

describe('sgdUpdate', () => {
  it('moves against the gradient by μ·g (dyadic values, exact)', () => {
    expect(sgdUpdate([1, -2], [0.5, 1], 0.25)).toEqual([0.875, -2.25]);
  });
});

describe('momentumUpdate', () => {
  it('accumulates v ← ρv + g and steps by μ times the new v (dyadic values, exact)', () => {
    // v = 0.5·[1, −2] + [0.5, 1] = [1, 0]; w = [1, −2] − 0.25·[1, 0] = [0.75, −2].
    expect(momentumUpdate([1, -2], [0.5, 1], [1, -2], 0.25, 0.5)).toEqual({ params: [0.75, -2], velocity: [1, 0] });
  });

  it('is a plain gradient step when ρ = 0', () => {
    expect(momentumUpdate([1, -2], [0.5, 1], [3, 3], 0.25, 0).params).toEqual(sgdUpdate([1, -2], [0.5, 1], 0.25));
  });
});
