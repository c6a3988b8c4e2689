/** Parameters of a 2-H-1 network: W1 2×H, b1 H, W2 H×1, b2 of length 1. */
export interface TwoLayerSigmoidNetwork {
  W1: number[][];
  b1: number[];
  W2: number[][];
  b2: number[];
}

/** σ(z) = 1/(1 + e^−z) without overflow for large |z|. */
function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/**
 * The network's output in float64 (the XOR exercise is decided by strict comparisons with 0.5, which
 * float32 rounding could flip): h = σ(xW1 + b1), ŷ = σ(hW2 + b2).
 * @example
 *   sigmoidNetworkOutput({ W1: [[0], [0]], b1: [0], W2: [[0]], b2: [0] }, [1, 0]); // 0.5
 */
export function sigmoidNetworkOutput(network: TwoLayerSigmoidNetwork, x: number[]): number {
  const h = network.b1.map((bias, j) => sigmoid(x.reduce((z, v, k) => z + v * network.W1[k]![j]!, bias)));
  return sigmoid(h.reduce((z, v, j) => z + v * network.W2[j]![0]!, network.b2[0]!));
}
