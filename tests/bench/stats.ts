/** Percentile by nearest rank over a copy of the samples. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const mean = (samples: number[]) => samples.reduce((sum, x) => sum + x, 0) / samples.length;

export const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
