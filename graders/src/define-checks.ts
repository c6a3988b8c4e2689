import type { Localized } from './localized';
import type { Outcome } from './outcome';
import type { Rng } from './random/rng';

/**
 * A value that is built inside the student's isolate rather than copied into it:
 * a function the student's code calls (numerical-derivative's f, gradient-descent's grad)
 * or a seeded random generator (weight-init's rng). Only its source text and seed cross.
 */
export type SandboxValue =
  | { readonly __sandbox: 'function'; readonly source: string }
  | { readonly __sandbox: 'rng'; readonly seed: number };

/** Builds `source` (a JavaScript function expression) inside the isolate. */
export const sandboxFunction = (source: string): SandboxValue => ({ __sandbox: 'function', source });
/** A seeded uniform [0, 1) generator living inside the isolate (same stream as `createRng(seed)`). */
export const sandboxRng = (seed: number): SandboxValue => ({ __sandbox: 'rng', seed });

/**
 * The student's module as the checks see it: every export is an async function whose
 * arguments are copied into the isolate (plain data or SandboxValue) and whose result comes
 * back as checked plain data. A throw inside the student's code rejects with StudentThrewError.
 */
export type StudentModule = Record<string, (...args: unknown[]) => Promise<unknown>>;

export interface CheckContext {
  student: StudentModule;
  /** Host-side generator for drawing this check's inputs; seeded from the grading seed and the check id. */
  rng: Rng;
  /** The seed of this check's rng (shown with results, for reproducing). */
  seed: number;
}

export interface CheckDefinition {
  title: Localized;
  /** Visible checks run on Run and Submit; hidden ones on Submit only. */
  visible: boolean;
  points: number;
  run(context: CheckContext): Promise<Outcome>;
}

export type ChecksDefinition = Record<string, CheckDefinition>;

const CHECK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Declares an exercise's checks (`exercises/<slug>/checks.ts`); ids are kebab-case and stable. */
export function defineChecks<T extends ChecksDefinition>(checks: T): T {
  const ids = Object.keys(checks);
  if (ids.length === 0) throw new Error('an exercise needs at least one check');
  for (const id of ids) {
    if (!CHECK_ID.test(id)) throw new Error(`check id "${id}" must be kebab-case`);
    if (!(checks[id]!.points > 0)) throw new Error(`check "${id}" must be worth a positive number of points`);
  }
  if (!ids.some((id) => checks[id]!.visible)) throw new Error('an exercise needs at least one visible check');
  return checks;
}
