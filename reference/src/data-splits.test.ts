import { describe, expect, it } from 'vitest';
import { kFold, splitSizes } from './data-splits';

describe('splitSizes', () => {
  it('floors the validation and test sizes and gives the rest to training', () => {
    expect(splitSizes(7, [0.5, 0.25, 0.25])).toEqual({ train: 5, val: 1, test: 1 });
    expect(splitSizes(10, [0.6, 0.2, 0.2])).toEqual({ train: 6, val: 2, test: 2 });
  });
});

describe('kFold', () => {
  it('makes contiguous folds, the first n mod k one larger (worked by hand)', () => {
    expect(kFold(5, 2)).toEqual([
      { test: [0, 1, 2], train: [3, 4] },
      { test: [3, 4], train: [0, 1, 2] },
    ]);
    expect(kFold(10, 3).map((fold) => fold.test)).toEqual([[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]]);
  });

  it('is leave-one-out for k = n', () => {
    expect(kFold(3, 3)).toEqual([
      { test: [0], train: [1, 2] },
      { test: [1], train: [0, 2] },
      { test: [2], train: [0, 1] },
    ]);
  });
});
