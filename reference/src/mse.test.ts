import { beforeAll, describe, expect, it } from 'vitest';
import { initReferenceBackend } from './backend';
import { meanSquaredError } from './mse';

beforeAll(async () => {
  await initReferenceBackend();
});

describe('meanSquaredError', () => {
  it('averages squared errors (by hand: (0 + 4 + 1) / 3)', () => {
    expect(meanSquaredError([1, 2, 3], [1, 4, 2])).toBeCloseTo(5 / 3, 6);
  });

  it('is 0 for a perfect prediction', () => {
    expect(meanSquaredError([0.5, -2], [0.5, -2])).toBe(0);
  });
});
