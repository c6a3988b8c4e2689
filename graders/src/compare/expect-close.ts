import { text } from '../localized';
import { fail, pass, type Outcome, type WorstElement } from '../outcome';
import { formatIndex, formatNumber, truncateForDisplay } from './format';
import { flattenNumbers, unravelIndex, type NestedNumbers } from './nested-numbers';
import { expectedShapeOf, expectTensorStructure } from './tensor-structure';
import { allowedError, rootMeanSquare, TOLERANCE, type Tolerance } from './tolerance';

/** The element with the largest excess over its own allowed error, and that excess. */
function worstElement(got: number[], expected: number[], shape: number[], tol: Tolerance): { worst: WorstElement; excess: number } | null {
  const rms = rootMeanSquare(expected);
  let best: { flat: number; excess: number; error: number; allowed: number } | null = null;
  for (let i = 0; i < expected.length; i++) {
    const error = Math.abs(got[i]! - expected[i]!);
    const allowed = allowedError(expected[i]!, rms, tol);
    const excess = error - allowed;
    if (best === null || excess > best.excess) best = { flat: i, excess, error, allowed };
  }
  if (best === null) return null;
  return {
    excess: best.excess,
    worst: { index: unravelIndex(best.flat, shape), got: got[best.flat]!, expected: expected[best.flat]!, error: best.error, allowed: best.allowed },
  };
}

/**
 * Compares a tensor of any rank with the expected one under the value tolerance
 * (CURRICULUM.md): present → type → shape → finite → close, one message per step. On a
 * value failure the message and details.worst name the element furthest outside its tolerance.
 * @example expectTensorClose('conv2d(image, kernel)', got, [[1, 2], [3, 4]])
 */
export function expectTensorClose(label: string, got: unknown, expected: NestedNumbers, tol: Tolerance = TOLERANCE): Outcome {
  const shape = expectedShapeOf(label, expected);
  const expectedValues = flattenNumbers(expected);
  const brokenAt = expectedValues.findIndex((v) => !Number.isFinite(v));
  if (brokenAt >= 0) throw new Error(`${label}: the expected value has a non-finite element at ${formatIndex(unravelIndex(brokenAt, shape))}`);

  const structure = expectTensorStructure(label, got, expected);
  if (!structure.passed) return structure;

  const found = worstElement(flattenNumbers(got as NestedNumbers), expectedValues, shape, tol);
  if (found === null || found.excess <= 0) {
    return pass(text(`${label} : correct.`, `${label}: correct.`));
  }
  const { worst } = found;
  const where = `${label}${formatIndex(worst.index)}`;
  // Error and tolerance are orders of magnitude: a few digits say enough.
  const [g, e, err, allowed] = [formatNumber(worst.got), formatNumber(worst.expected), formatNumber(worst.error, 3), formatNumber(worst.allowed, 2)];
  return fail('value', text(
    `${where} vaut ${g}, attendu ${e} (écart ${err}, tolérance ${allowed})`,
    `${where} = ${g}, expected ${e} (error ${err}, tolerance ${allowed})`,
  ), { expected: truncateForDisplay(expected), got: truncateForDisplay(got), worst });
}

/** Compares a number under the value tolerance. @example expectNumberClose('mse(yPred, yTrue)', got, 0.25) */
export function expectNumberClose(label: string, got: unknown, expected: number, tol: Tolerance = TOLERANCE): Outcome {
  return expectTensorClose(label, got, expected, tol);
}

/** Compares a number[] under the value tolerance. @example expectVectorClose('softmax(logits)', got, [0.5, 0.5]) */
export function expectVectorClose(label: string, got: unknown, expected: number[], tol: Tolerance = TOLERANCE): Outcome {
  return expectTensorClose(label, got, expected, tol);
}

/** Compares a number[][] under the value tolerance. @example expectMatrixClose('denseForward(X, W, b)', got, Y) */
export function expectMatrixClose(label: string, got: unknown, expected: number[][], tol: Tolerance = TOLERANCE): Outcome {
  return expectTensorClose(label, got, expected, tol);
}
