import { text } from '../localized';
import { fail, pass, type Outcome, type OutcomeDetails } from '../outcome';
import { describeValue, formatIndex, formatShape, shapeOf, truncateForDisplay } from './format';
import type { NestedNumbers } from './nested-numbers';

/** "number", "number[]", "number[][]"… as the student's signature writes it. */
export function tensorTypeName(rank: number): string {
  return `number${'[]'.repeat(rank)}`;
}

/** The expected shape; throws when the expected value itself is malformed (a bug in the check or reference). */
export function expectedShapeOf(label: string, expected: NestedNumbers): number[] {
  const shape = shapeOf(expected);
  if (shape === null) throw new Error(`${label}: the expected value is not a rectangular tensor of numbers`);
  return shape;
}

/** First place where a value is not an array (above the leaves) or not a number (at the leaves). */
function firstTypeProblem(value: unknown, rank: number, path: number[]): { path: number[]; value: unknown } | null {
  if (rank === 0) return typeof value === 'number' ? null : { path, value };
  if (!Array.isArray(value)) return { path, value };
  for (let i = 0; i < value.length; i++) {
    const problem = firstTypeProblem(value[i], rank - 1, [...path, i]);
    if (problem) return problem;
  }
  return null;
}

/** First place where a length differs from the expected shape, in row-major order. */
function firstLengthProblem(value: unknown, shape: readonly number[], path: number[]): { path: number[]; length: number; expected: number } | null {
  if (shape.length === 0 || !Array.isArray(value)) return null;
  if (value.length !== shape[0]) return { path, length: value.length, expected: shape[0]! };
  for (let i = 0; i < value.length; i++) {
    const problem = firstLengthProblem(value[i], shape.slice(1), [...path, i]);
    if (problem) return problem;
  }
  return null;
}

/** First NaN or ±Infinity, in row-major order. */
function firstNonFinite(value: unknown, path: number[]): { path: number[]; value: number } | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : { path, value };
  if (!Array.isArray(value)) return null;
  for (let i = 0; i < value.length; i++) {
    const found = firstNonFinite(value[i], [...path, i]);
    if (found) return found;
  }
  return null;
}

/**
 * Asks the first questions about a tensor-valued answer, one message per step:
 * present → type → shape → finite. Passes when `got` has `expected`'s rank and shape and
 * only finite numbers (the values themselves are not compared).
 * @example expectTensorStructure('denseForward(X, W, b)', [[1, 2]], [[0, 0, 0]]).code // 'shape'
 */
export function expectTensorStructure(label: string, got: unknown, expected: NestedNumbers): Outcome {
  const shape = expectedShapeOf(label, expected);
  const typeName = tensorTypeName(shape.length);
  const details = (): OutcomeDetails => ({ expected: truncateForDisplay(expected), got: truncateForDisplay(got) });
  if (got === undefined) {
    return fail('type', text(
      `${label} a renvoyé undefined (manque-t-il une instruction return ?)`,
      `${label} returned undefined (is a return statement missing?)`,
    ), { expected: truncateForDisplay(expected) });
  }
  const wanted = shape.length === 0 ? { fr: 'un nombre', en: 'a number' } : { fr: typeName, en: typeName };
  const problem = firstTypeProblem(got, shape.length, []);
  if (problem) {
    const gotShape = shapeOf(got);
    if (problem.path.length === 0 || gotShape !== null) {
      return fail('type', text(
        `${label} devrait renvoyer ${wanted.fr}, reçu ${describeValue(got)}`,
        `${label} should return ${wanted.en}, got ${describeValue(got)}`,
      ), details());
    }
    const where = `${label}${formatIndex(problem.path)}`;
    return fail('type', text(
      `${label} devrait renvoyer ${wanted.fr}, mais ${where} est ${describeValue(problem.value)}`,
      `${label} should return ${wanted.en}, but ${where} is ${describeValue(problem.value)}`,
    ), details());
  }
  const gotShape = shapeOf(got);
  if (gotShape !== null && gotShape.some((d, k) => d !== shape[k])) {
    return fail('shape', text(
      `${label} a la forme ${formatShape(gotShape)}, attendu ${formatShape(shape)}`,
      `${label} has shape ${formatShape(gotShape)}, expected ${formatShape(shape)}`,
    ), details());
  }
  const length = firstLengthProblem(got, shape, []);
  if (length) {
    const where = `${label}${formatIndex(length.path)}`;
    return fail('shape', text(
      `${where} a ${length.length} éléments, attendu ${length.expected} (forme ${formatShape(shape)})`,
      `${where} has ${length.length} elements, expected ${length.expected} (shape ${formatShape(shape)})`,
    ), details());
  }
  const bad = firstNonFinite(got, []);
  if (bad) {
    const where = `${label}${formatIndex(bad.path)}`;
    return fail('not-finite', text(
      `${where} vaut ${bad.value} : toutes les valeurs doivent être des nombres finis`,
      `${where} is ${bad.value}: every value must be a finite number`,
    ), details());
  }
  return pass(text(`${label} : type et forme corrects.`, `${label}: right type and shape.`));
}
