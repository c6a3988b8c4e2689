/** Sizes of a train/validation/test split. */
export interface SplitSizes {
  train: number;
  val: number;
  test: number;
}

/**
 * Sizes of a split of n samples: ⌊f_val · n⌋ for validation, ⌊f_test · n⌋ for test, the rest for training
 * (so that rounding never loses a sample). fractions[0] is not used: training takes what is left.
 * @example
 *   splitSizes(7, [0.5, 0.25, 0.25]); // { train: 5, val: 1, test: 1 }
 */
export function splitSizes(n: number, fractions: [number, number, number]): SplitSizes {
  const val = Math.floor(fractions[1] * n);
  const test = Math.floor(fractions[2] * n);
  return { train: n - val - test, val, test };
}

/** One fold of a k-fold cross-validation: indices to train on and indices to test on. */
export interface Fold {
  train: number[];
  test: number[];
}

/**
 * k-fold cross-validation without shuffling: folds are contiguous ranges of 0..n−1 in order, the first
 * n mod k folds one index larger; fold i tests on its range and trains on every other index, ascending.
 * @example
 *   kFold(5, 2); // [{ test: [0, 1, 2], train: [3, 4] }, { test: [3, 4], train: [0, 1, 2] }]
 */
export function kFold(n: number, k: number): Fold[] {
  const base = Math.floor(n / k);
  const larger = n % k;
  const folds: Fold[] = [];
  let start = 0;
  for (let i = 0; i < k; i++) {
    const end = start + base + (i < larger ? 1 : 0);
    const test: number[] = [];
    const train: number[] = [];
    for (let index = 0; index < n; index++) (index >= start && index < end ? test : train).push(index);
    folds.push({ train, test });
    start = end;
  }
  return folds;
}
