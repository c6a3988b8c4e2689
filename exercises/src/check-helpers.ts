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
