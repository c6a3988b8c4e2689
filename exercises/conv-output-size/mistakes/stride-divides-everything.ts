// caught-by: stride-not-dividing
// Divides the whole n + 2p by the stride before taking the kernel out.
/**
 * The kernel fits at positions 0, s, 2s, … of the padded axis of length n + 2p, as long as
 * position + k ≤ n + 2p: that is ⌊(n + 2p − k)/s⌋ + 1 positions.
 */
export function convOutputSize(inputSize: number, kernelSize: number, stride: number, padding: number): number {
  return Math.floor((inputSize + 2 * padding) / stride - kernelSize) + 1;
}
