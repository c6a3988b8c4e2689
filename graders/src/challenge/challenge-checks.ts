import type { CheckDefinition, ChecksDefinition } from '../define-checks';
import { defineChecks } from '../define-checks';
import { text } from '../localized';
import type { Outcome } from '../outcome';

/** What one training and prediction produced, as a challenge's checks judge it (host side only). */
export interface ChallengeRun {
  /** The values `predict` returned, copied out as numbers (NaN where a value was not a number). */
  predictions: Float64Array;
  /** The length `predict`'s result reported (may differ from the test set's size). */
  returnedLength: number;
  /** The test set the predictions are for. */
  test: { images: Float32Array; labels: Uint8Array; count: number };
  /** Indices of the test images in each half; only the public half may be shown to students. */
  split: { publicIndices: Uint32Array; privateIndices: Uint32Array };
  /** Accuracy on the public half needed to pass. */
  threshold: number;
  /** The student's report(epoch, loss) calls, in order (quota-limited). */
  losses: Array<{ epoch: number; loss: number }>;
  /** CPU time used by training and prediction, and the budget. */
  cpuMs: number;
  budgetMs: number;
}

/** A challenge check: judged once on the finished run, rather than by calling the student's exports. */
export interface ChallengeCheckDefinition extends Omit<CheckDefinition, 'run'> {
  evaluate(run: ChallengeRun): Outcome;
}

/** Marks the checks of a challenge, so that the grader runs `evaluate` on a finished training. */
export type ChallengeChecks = ChecksDefinition & Record<string, ChallengeCheckDefinition>;

/**
 * Declares a challenge's checks (the `checks.ts` of `exercises/mnist-mlp` and `exercises/mnist-cnn`). They satisfy the ordinary
 * checks contract (the catalogue loads them like any other), but only the challenge grader can
 * run them: it trains once in the sandbox, then evaluates every check on that run.
 * @example
 * export default defineChallengeChecks({ 'predictions-valid': predictionsValidCheck(), 'public-accuracy': publicAccuracyCheck() });
 */
export function defineChallengeChecks(checks: Record<string, ChallengeCheckDefinition>): ChallengeChecks {
  const withRun = Object.fromEntries(
    Object.entries(checks).map(([id, check]) => [
      id,
      {
        ...check,
        run: () => Promise.reject(new Error(`check "${id}" belongs to a challenge: it is evaluated by gradeChallenge on a finished training`)),
      },
    ]),
  );
  return defineChecks(withRun) as ChallengeChecks;
}

/** Whether loaded checks are a challenge's (every check has `evaluate`). */
export function isChallengeChecks(checks: ChecksDefinition): checks is ChallengeChecks {
  return Object.values(checks).every((check) => typeof (check as Partial<ChallengeCheckDefinition>).evaluate === 'function');
}

/** The title used by the accuracy check for messages, e.g. "public half". */
export const PUBLIC_HALF = text('moitié publique du jeu de test', 'public half of the test set');
