// caught-by: xor-outputs
// One hidden unit: its output is monotonic in a single direction w·x, so no choice of weights separates XOR.
export function xorNetwork() {
  return {
    W1: [[20], [20]],
    b1: [-10],
    W2: [[20]],
    b2: [-10],
  };
}
