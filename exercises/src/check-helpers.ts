import { truncateForDisplay, withInput, type Outcome } from '@dl/graders';

/**
 * Runs a check's random trials in order and stops at the first failure, which is the outcome
 * the student sees; when every trial passes, the last outcome stands for them all.
 * @example
 *   return everyTrial(5, async () => expectMatrixClose('f(X)', await student.f(X), f(X)));
 */
export async function everyTrial(count: number, trial: (index: number) => Promise<Outcome>): Promise<Outcome> {
  let outcome: Outcome | undefined;
  for (let index = 0; index < count; index++) {
    outcome = await trial(index);
    if (!outcome.passed) return outcome;
  }
  if (!outcome) throw new Error('everyTrial needs at least one trial');
  return outcome;
}

/** How many leaves of each input a hidden check shows: enough to recognise the case, not to hard-code it. */
const HIDDEN_INPUT_ELEMENTS = 6;

/**
 * Attaches the inputs to an outcome: in full for a visible check, as a small truncated sample for a
 * hidden one (CURRICULUM: hidden checks say what failed without revealing the input in full).
 * @example
 *   return showInput(outcome, { X, W, b }, false);
 */
export function showInput(outcome: Outcome, input: Record<string, unknown>, visible: boolean): Outcome {
  if (visible) return withInput(outcome, input);
  const sample = Object.fromEntries(
    Object.entries(input).map(([name, value]) => [name, truncateForDisplay(value, HIDDEN_INPUT_ELEMENTS)]),
  );
  return withInput(outcome, sample);
}

/** How many distinct fixed inputs a remembered reference keeps (a check has a handful). */
const REMEMBERED_INPUTS = 64;

/**
 * A reference function remembered on the inputs every submission shares (a statement example,
 * a fixed grid): the first grading in a worker computes it, the next ones read it back. Random
 * inputs must not go through it: they never come back, and their keys would only cost time.
 * The remembered answers are frozen, so that no check can change them for the next grading.
 * @example
 *   const fixedSoftmax = rememberedOnFixedInputs(softmax);
 *   fixedSoftmax([1, 2, 3]); // computed once per worker process
 */
export function rememberedOnFixedInputs<A extends unknown[], R>(reference: (...args: A) => R): (...args: A) => R {
  const answers = new Map<string, R>();
  return (...args: A) => {
    const key = JSON.stringify(args);
    const remembered = answers.get(key);
    if (remembered !== undefined) return remembered;
    const answer = deepFreeze(reference(...args));
    if (answers.size < REMEMBERED_INPUTS) answers.set(key, answer);
    return answer;
  };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
