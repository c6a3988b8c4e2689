// caught-by: xor-outputs
// A network for OR: (1, 1) comes out above 0.5, whereas XOR wants it below.
export function xorNetwork() {
  return {
    W1: [
      [20, 0],
      [20, 0],
    ],
    b1: [-10, 0],
    W2: [[20], [0]],
    b2: [-10],
  };
}
