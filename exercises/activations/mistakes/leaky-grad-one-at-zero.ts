// caught-by: kink-at-zero
// leakyReluGrad uses x >= 0: at exactly 0 it gives 1 instead of alpha.
/** σ(x) = 1/(1 + e^−x), written so that exp only ever sees a non-positive argument (no overflow). */
function sigmoidOne(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

export function sigmoid(x: number[]): number[] {
  return x.map(sigmoidOne);
}

export function tanh(x: number[]): number[] {
  return x.map((v) => Math.tanh(v));
}

export function relu(x: number[]): number[] {
  return x.map((v) => (v > 0 ? v : 0));
}

export function leakyRelu(x: number[], alpha = 0.01): number[] {
  return x.map((v) => (v > 0 ? v : alpha * v));
}

/** σ'(x) = σ(x)(1 − σ(x)), from the stable σ. */
export function sigmoidGrad(x: number[]): number[] {
  return x.map((v) => {
    const s = sigmoidOne(v);
    return s * (1 - s);
  });
}

/** tanh'(x) = 1 − tanh²(x). */
export function tanhGrad(x: number[]): number[] {
  return x.map((v) => 1 - Math.tanh(v) ** 2);
}

/** 1 for x > 0, 0 otherwise (0 at exactly 0, by convention). */
export function reluGrad(x: number[]): number[] {
  return x.map((v) => (v > 0 ? 1 : 0));
}

/** 1 for x > 0, alpha otherwise. */
export function leakyReluGrad(x: number[], alpha = 0.01): number[] {
  return x.map((v) => (v >= 0 ? 1 : alpha));
}
