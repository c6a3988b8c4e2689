/**
 * Central finite differences in float64: ∂f/∂xᵢ ≈ (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h, dividing
 * by the step actually taken ((xᵢ + h) − (xᵢ − h)), which is not exactly 2h in floating point.
 * @example numericGradient(([a, b]) => a * a + 3 * b, [2, 1]) // ≈ [4, 3]
 */
export function numericGradient(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  return x.map((xi, i) => {
    const plus = [...x];
    const minus = [...x];
    plus[i] = xi + h;
    minus[i] = xi - h;
    return (f(plus) - f(minus)) / (plus[i]! - minus[i]!);
  });
}
