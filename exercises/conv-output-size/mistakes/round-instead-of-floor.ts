// caught-by: stride-not-dividing
// Rounds to the nearest integer: wrong as soon as the remainder is at least half the stride.
/**
 * The kernel fits at positions 0, s, 2s, … of the padded axis of length n + 2p, as long as
 * position + k ≤ n + 2p: that is ⌊(n + 2p − k)/s⌋ + 1 positions.
 */
export function convOutputSize(inputSize: number, kernelSize: number, stride: number, padding: number): number {
  return Math.round((inputSize + 2 * padding - kernelSize) / stride) + 1;
}
