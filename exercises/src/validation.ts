import type { GradingMode, GradingResult } from '@dl/graders';
import type { CatalogExercise } from './catalog';

/** One grading, as the pool (or gradeSubmission directly) takes it. */
export interface GradeRequest {
  slug: string;
  code: string;
  mode: GradingMode;
  seed: number;
}

export type Grade = (request: GradeRequest) => Promise<GradingResult>;

/** One line of the validation table: a subject (solution, starter, a mistake) and whether it behaved. */
export interface ValidationRow {
  exercise: string;
  /** 'solution', 'starter' or 'mistakes/<file>'. */
  subject: string;
  /** What was required of it, in words. */
  expectation: string;
  passed: boolean;
  /** Counts when it behaved; the first failing seeds and their reasons when it did not. */
  detail: string;
}

export interface ValidationOptions {
  /** Seeds the solution must pass on (1..seeds). */
  seeds: number;
  /** Seeds each mistake must be caught on (1..mistakeSeeds). */
  mistakeSeeds: number;
  /** Gradings in flight at once. */
  concurrency: number;
}

/** How many failing seeds a row's detail lists. */
const MAX_REPORTED_SEEDS = 3;

/**
 * Grades an exercise's solution, starter and mistakes in submit mode and judges each:
 * the solution passes every check on every seed, the starter fails, each mistake fails its
 * `caught-by` check on every seed. A platform error is never a pass.
 * @example
 *   const rows = await validateExercise(exercise, (request) => pool.grade(request), { seeds: 50, mistakeSeeds: 3, concurrency: 4 });
 */
export async function validateExercise(exercise: CatalogExercise, grade: Grade, options: ValidationOptions): Promise<ValidationRow[]> {
  const seedsUpTo = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
  const limit = limiter(options.concurrency);
  const gradeAll = (code: string, seeds: number[]) =>
    Promise.all(seeds.map((seed) => limit(() => grade({ slug: exercise.slug, code, mode: 'submit', seed }))));

  const [solution, starter, ...mistakes] = await Promise.all([
    gradeAll(exercise.solution, seedsUpTo(options.seeds)),
    gradeAll(exercise.starter, [1]),
    ...exercise.mistakes.map((mistake) => gradeAll(mistake.code, seedsUpTo(options.mistakeSeeds))),
  ]);

  const row = (subject: string, expectation: string, results: GradingResult[], behaved: (result: GradingResult) => string | null): ValidationRow => {
    const problems = results.map((result) => ({ seed: result.seed, problem: behaved(result) })).filter((entry) => entry.problem !== null);
    const detail =
      problems.length === 0
        ? `${results.length}/${results.length} seed${results.length === 1 ? '' : 's'}`
        : `${problems.length}/${results.length} seeds wrong; ` +
          problems.slice(0, MAX_REPORTED_SEEDS).map(({ seed, problem }) => `seed ${seed}: ${problem}`).join('; ');
    return { exercise: exercise.slug, subject, expectation, passed: problems.length === 0, detail };
  };

  return [
    row('solution', 'passes every check', solution, (result) =>
      result.status === 'passed' ? null : describeFailure(result, result.checks.filter((check) => !check.passed).map((check) => check.id)),
    ),
    row('starter', 'fails', starter!, (result) => (result.status === 'failed' ? null : describeFailure(result, []))),
    ...exercise.mistakes.map((mistake, i) =>
      row(`mistakes/${mistake.file}`, `fails ${mistake.caughtBy}`, mistakes[i]!, (result) => {
        if (result.status === 'error') return describeFailure(result, []);
        const check = result.checks.find((candidate) => candidate.id === mistake.caughtBy);
        if (!check) return `${mistake.caughtBy} did not run (${result.failure?.reason ?? result.status})`;
        return check.passed ? `${mistake.caughtBy} passed` : null;
      }),
    ),
  ];
}

/** Why a grading did not pass, in one line: the platform error, the grading failure, or the failing checks. */
function describeFailure(result: GradingResult, failingChecks: string[]): string {
  if (result.status === 'error') return `platform error: ${result.error ?? 'unknown'}`;
  if (result.status === 'passed') return 'passed';
  if (result.failure) return `${result.failure.reason}: ${result.failure.message.en}`;
  const first = result.checks.find((check) => failingChecks.includes(check.id));
  return `${failingChecks.join(', ')} failed${first ? ` (${first.message.en})` : ''}`;
}

/** Runs at most `concurrency` tasks at once, in the order they were asked for. */
function limiter(concurrency: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (running >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
