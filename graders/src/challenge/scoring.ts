/** Host-side scoring of a challenge's predictions: validation, accuracy, confusion matrix, mistakes. */

/** Number of MNIST classes (digits 0–9). */
export const CLASS_COUNT = 10;

/** Why a prediction vector cannot be scored; the index points at the first bad value. */
export type PredictionProblem =
  | { kind: 'length'; expected: number; got: number }
  | { kind: 'not-integer'; index: number; value: number }
  | { kind: 'out-of-range'; index: number; value: number };

/**
 * The first problem of a prediction vector (wrong length, a non-integer, a class outside 0–9),
 * or undefined when every value is a class. `returnedLength` is the length `predict` reported,
 * which may differ from the number of values copied out.
 */
export function findPredictionProblem(predictions: Float64Array, returnedLength: number, expectedLength: number): PredictionProblem | undefined {
  if (returnedLength !== expectedLength || predictions.length !== expectedLength) {
    return { kind: 'length', expected: expectedLength, got: returnedLength };
  }
  for (let i = 0; i < predictions.length; i++) {
    const value = predictions[i]!;
    if (!Number.isInteger(value)) return { kind: 'not-integer', index: i, value };
    if (value < 0 || value >= CLASS_COUNT) return { kind: 'out-of-range', index: i, value };
  }
  return undefined;
}

/** Accuracy and confusion matrix over a subset of the test set. */
export interface SubsetScore {
  correct: number;
  total: number;
  /** correct / total (0 for an empty subset). */
  accuracy: number;
  /** confusion[trueClass][predictedClass]: counts. */
  confusion: number[][];
}

/**
 * Scores valid predictions on the images listed by `indices` (one pass, no allocation per image).
 * @example scoreSubset(predictions, labels, publicIndices).accuracy // 0.9712
 */
export function scoreSubset(predictions: ArrayLike<number>, labels: Uint8Array, indices: Uint32Array): SubsetScore {
  const counts = new Uint32Array(CLASS_COUNT * CLASS_COUNT);
  let correct = 0;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]!;
    const truth = labels[i]!;
    const predicted = predictions[i]!;
    counts[truth * CLASS_COUNT + predicted]!++;
    if (truth === predicted) correct++;
  }
  const confusion = Array.from({ length: CLASS_COUNT }, (_, row) => Array.from(counts.subarray(row * CLASS_COUNT, (row + 1) * CLASS_COUNT)));
  return { correct, total: indices.length, accuracy: indices.length === 0 ? 0 : correct / indices.length, confusion };
}

/** One misclassified test image, to show the student. */
export interface Misclassified {
  /** Index in the test set. */
  index: number;
  label: number;
  predicted: number;
}

/** The first `limit` misclassified images among `indices`, in index order. */
export function findMisclassified(predictions: ArrayLike<number>, labels: Uint8Array, indices: Uint32Array, limit: number): Misclassified[] {
  const found: Misclassified[] = [];
  for (let k = 0; k < indices.length && found.length < limit; k++) {
    const i = indices[k]!;
    if (predictions[i] !== labels[i]) found.push({ index: i, label: labels[i]!, predicted: predictions[i]! });
  }
  return found;
}

/** An accuracy as a percentage with two decimals, e.g. "97.12 %". */
export function formatAccuracy(accuracy: number): string {
  return `${(accuracy * 100).toFixed(2)} %`;
}
