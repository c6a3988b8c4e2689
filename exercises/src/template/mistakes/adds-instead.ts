// caught-by: statement-example
// Adds the factor instead of multiplying by it.
export function scale(xs: number[], factor: number): number[] {
  return xs.map((x) => x + factor);
}
