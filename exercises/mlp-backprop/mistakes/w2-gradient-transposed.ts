// caught-by: gradient-check-w2
// dW2 computed as dLogitsᵀ h (classes×hidden) instead of hᵀ dLogits (hidden×classes).
export interface MlpParameters {
  W1: number[][];
  b1: number[];
  W2: number[][];
  b2: number[];
}

/** A·B for row-major matrices. */
function matMul(A: number[][], B: number[][]): number[][] {
  return A.map((row) => B[0].map((_, j) => row.reduce((sum, a, k) => sum + a * B[k][j], 0)));
}

function transpose(A: number[][]): number[][] {
  return A[0].map((_, j) => A.map((row) => row[j]));
}

/** Adds b to every row. */
function addRow(A: number[][], b: number[]): number[][] {
  return A.map((row) => row.map((a, j) => a + b[j]));
}

function columnSums(A: number[][]): number[] {
  return A[0].map((_, j) => A.reduce((sum, row) => sum + row[j], 0));
}

/** Forward, then backward by the chain rule, layer by layer from the loss down. */
export function mlpLossAndGradients(X: number[][], labels: number[], p: MlpParameters) {
  const n = X.length;
  const pre = addRow(matMul(X, p.W1), p.b1);
  const h = pre.map((row) => row.map((v) => Math.max(0, v)));
  const logits = addRow(matMul(h, p.W2), p.b2);

  // Per sample: J_i = log Σ exp(z) − z[label], written with the maximum subtracted (stable),
  // and ∂J/∂z = (softmax(z) − onehot(label)) / n, the 1/n coming from the batch mean.
  let loss = 0;
  const dLogits = logits.map((z, i) => {
    const max = Math.max(...z);
    const exps = z.map((v) => Math.exp(v - max));
    const sum = exps.reduce((s, e) => s + e, 0);
    loss += max + Math.log(sum) - z[labels[i]];
    return exps.map((e, j) => (e / sum - (j === labels[i] ? 1 : 0)) / n);
  });

  const dW2 = matMul(transpose(dLogits), h);
  const db2 = columnSums(dLogits);
  const dH = matMul(dLogits, transpose(p.W2));
  // ReLU lets the gradient through where the pre-activation is positive (derivative 0 at exactly 0).
  const dPre = dH.map((row, i) => row.map((g, j) => (pre[i][j] > 0 ? g : 0)));
  const dW1 = matMul(transpose(X), dPre);
  const db1 = columnSums(dPre);
  return { loss: loss / n, dW1, db1, dW2, db2 };
}
