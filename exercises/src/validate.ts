// `npm run exercises:validate [-- --seeds N] [--only slug]`: proves, through the real grading pool
// (sandboxed, as the server grades), that every exercise's solution passes on many seeds, that its
// starter fails and that each of its classic mistakes is caught by the check it names.
import { createGradingPool } from '@dl/graders/pool';
import { parseArgs } from 'node:util';
import { listExerciseSlugs, loadExercise } from './catalog';
import { validateExercise, type ValidationRow } from './validation';

/** Workers in the pool: two gradings in parallel, as on a small CI machine. */
const POOL_SIZE = 2;
/** Seeds per mistake: a mistake must be caught on each of them, not only by luck. */
const MISTAKE_SEEDS = 3;
/**
 * MNIST challenges train a model per grading: one seed each, and by default on a subset with a
 * lower threshold (env DL_CHALLENGE_SUBSET / DL_CHALLENGE_THRESHOLD override it); `--full` trains
 * on all 60,000 images against the real thresholds.
 */
const CHALLENGE_SUBSET = { DL_CHALLENGE_SUBSET: process.env.DL_CHALLENGE_SUBSET ?? '10000:2000', DL_CHALLENGE_THRESHOLD: process.env.DL_CHALLENGE_THRESHOLD ?? '0.9' };
/** Above the largest challenge's isolate memory (1.5 GiB) plus MNIST held by the worker. */
const RSS_CAP_MB = 2_560;

function parseOptions() {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string' },
      only: { type: 'string', multiple: true },
      full: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log('usage: npm run exercises:validate [-- --seeds N] [--only slug ...] [--full]');
    process.exit(0);
  }
  // CURRICULUM: at least 200 seeds per exercise in CI, 2,000 on demand; 50 keeps a local run short.
  const seeds = values.seeds === undefined ? (process.env.CI === 'true' ? 200 : 50) : Number(values.seeds);
  if (!Number.isInteger(seeds) || seeds < 1) throw new Error(`--seeds must be a positive integer, got ${values.seeds}`);
  return { seeds, only: values.only, full: values.full === true };
}

function printTable(slug: string, rows: ValidationRow[]): void {
  const subjectWidth = Math.max(...rows.map((row) => row.subject.length));
  const expectationWidth = Math.max(...rows.map((row) => row.expectation.length));
  console.log(`\n${slug}`);
  for (const row of rows) {
    const mark = row.passed ? 'ok  ' : 'FAIL';
    console.log(`  ${mark} ${row.subject.padEnd(subjectWidth)}  ${row.expectation.padEnd(expectationWidth)}  ${row.detail}`);
  }
}

async function main(): Promise<number> {
  const { seeds, only, full } = parseOptions();
  const slugs = only ?? (await listExerciseSlugs());
  // The wall-clock slack is wide: this judges the checks, not the machine, and a busy CI machine
  // must not turn a correct solution into a time-out (the isolate's own CPU limit still applies).
  const pool = await createGradingPool({ size: POOL_SIZE, rssCapMb: RSS_CAP_MB, wallSlackMs: 15_000, ...(full ? {} : { env: CHALLENGE_SUBSET }) });
  const started = performance.now();
  let passed = 0;
  let failed = 0;
  try {
    console.log(`Validating ${slugs.length} exercise(s): solutions on ${seeds} seeds, mistakes on ${MISTAKE_SEEDS}, pool of ${POOL_SIZE}.`);
    for (const slug of slugs) {
      let rows: ValidationRow[];
      try {
        const exercise = await loadExercise(slug);
        const challenge = exercise.meta.challenge !== undefined;
        rows = await validateExercise(exercise, (request) => pool.grade(request), {
          seeds: challenge ? 1 : seeds,
          mistakeSeeds: challenge ? 1 : MISTAKE_SEEDS,
          concurrency: POOL_SIZE * 2,
        });
      } catch (error) {
        // A folder that does not load is a failure of that exercise, not the end of the run.
        rows = [{ exercise: slug, subject: 'exercise', expectation: 'loads', passed: false, detail: String((error as Error).message ?? error) }];
      }
      printTable(slug, rows);
      passed += rows.filter((row) => row.passed).length;
      failed += rows.filter((row) => !row.passed).length;
    }
    console.log(`\nReference backend: ${pool.referenceBackend}; ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await pool.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
