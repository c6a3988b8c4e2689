/**
 * Central difference (f(x + h) − f(x − h)) / (2h), in float64: the derivative's error is O(h²),
 * against O(h) for the forward difference (f(x + h) − f(x)) / h.
 * @example
 *   centralDifference((x) => x ** 3, 1, 0.1); // (1.331 − 0.729) / 0.2 = 3.01
 */
export function centralDifference(f: (x: number) => number, x: number, h = 1e-5): number {
  return (f(x + h) - f(x - h)) / (2 * h);
}

/**
 * Gradient of f: Rⁿ → R by a central difference along each coordinate in turn, the others held fixed.
 * @example
 *   centralDifferenceGradient(([u, v]) => u * v, [2, 3], 1e-5); // ≈ [3, 2]
 */
export function centralDifferenceGradient(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  return x.map((_, i) => {
    const plus = [...x];
    const minus = [...x];
    plus[i]! += h;
    minus[i]! -= h;
    return (f(plus) - f(minus)) / (2 * h);
  });
}
