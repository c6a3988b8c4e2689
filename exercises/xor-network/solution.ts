/**
 * Built by hand: hidden unit 0 is OR (on as soon as one input is 1), hidden unit 1 is AND (on only for
 * both); the output is "OR and not AND". Weights of 20 make every sigmoid saturate to within 1e-4 of 0 or 1.
 */
export function xorNetwork(): { W1: number[][]; b1: number[]; W2: number[][]; b2: number[] } {
  return {
    W1: [
      [20, 20],
      [20, 20],
    ],
    b1: [-10, -30],
    W2: [[20], [-20]],
    b2: [-10],
  };
}
