// caught-by: shapes
// W1 written H×2 (one row per hidden unit) with three hidden units, instead of 2×H (one row per input).
export function xorNetwork() {
  return {
    W1: [
      [20, 20],
      [20, 20],
      [0, 0],
    ],
    b1: [-10, -30, 0],
    W2: [[20], [-20], [0]],
    b2: [-10],
  };
}
