// caught-by: floor-sizes
// Rounds the validation and test sizes instead of flooring them.
/** Shuffles 0..n−1 (Fisher–Yates with rng), then cuts validation and test off the front. */
export function trainValTestSplit(
  n: number,
  fractions: [number, number, number],
  rng: () => number,
): { train: number[]; val: number[]; test: number[] } {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const valSize = Math.round(fractions[1] * n);
  const testSize = Math.round(fractions[2] * n);
  return {
    val: order.slice(0, valSize),
    test: order.slice(valSize, valSize + testSize),
    train: order.slice(valSize + testSize),
  };
}

/** Contiguous folds in order, the first n % k of them one index larger. */
export function kFold(n: number, k: number): { train: number[]; test: number[] }[] {
  const folds: { train: number[]; test: number[] }[] = [];
  let start = 0;
  for (let i = 0; i < k; i++) {
    const size = Math.floor(n / k) + (i < n % k ? 1 : 0);
    const end = start + size;
    const all = Array.from({ length: n }, (_, index) => index);
    folds.push({ test: all.slice(start, end), train: [...all.slice(0, start), ...all.slice(end)] });
    start = end;
  }
  return folds;
}
