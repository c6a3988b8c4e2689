// caught-by: padding-both-sides
// Pads one side only.
/**
 * The kernel fits at positions 0, s, 2s, … of the padded axis of length n + 2p, as long as
 * position + k ≤ n + 2p: that is ⌊(n + 2p − k)/s⌋ + 1 positions.
 */
export function convOutputSize(inputSize: number, kernelSize: number, stride: number, padding: number): number {
  return Math.floor((inputSize + padding - kernelSize) / stride) + 1;
}
