import { beforeAll, describe, expect, it } from 'vitest';
import { initReferenceBackend } from './backend';
import { applyDropoutMask, dropoutKeptScale } from './dropout';

beforeAll(async () => {
  await initReferenceBackend();
});

describe('dropout', () => {
  it('scales kept units by 1/(1 − p)', () => {
    expect(dropoutKeptScale(0.2)).toBeCloseTo(1.25, 12);
    expect(dropoutKeptScale(0)).toBe(1);
  });

  it('multiplies element by element by the mask (worked by hand)', () => {
    expect(applyDropoutMask([[2, 3], [-1, 4]], [[0, 1.25], [1.25, 0]])).toEqual([[0, 3.75], [-1.25, 0]]);
  });
});
