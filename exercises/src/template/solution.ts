export function scale(xs: number[], factor: number): number[] {
  return xs.map((x) => x * factor);
}
