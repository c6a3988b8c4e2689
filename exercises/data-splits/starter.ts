/**
 * Mélange les indices 0..n−1 avec rng, puis les répartit : ⌊fractions[1]·n⌋ en validation,
 * ⌊fractions[2]·n⌋ en test, le reste en apprentissage.
 */
export function trainValTestSplit(
  n: number,
  fractions: [number, number, number],
  rng: () => number,
): { train: number[]; val: number[]; test: number[] } {
  return { train: [], val: [], test: [] };
}

/** k plis contigus de 0..n−1, dans l'ordre ; les n % k premiers ont un indice de plus. */
export function kFold(n: number, k: number): { train: number[]; test: number[] }[] {
  return [];
}
