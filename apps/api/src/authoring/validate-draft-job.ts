import type { Task } from 'graphile-worker';
import type pg from 'pg';
import { z } from 'zod';
import { loadExerciseFolder, materialiseExercise, validateExercise, type ExerciseFiles } from '@dl/exercises';
import type { Grader } from '../grading/grader';
import { logger } from '../logger';
import type { DraftValidation } from './authoring.schema';

/** graphile-worker task name of a draft's validation (on the grading workers). */
export const VALIDATE_DRAFT_TASK = 'validate_exercise_draft';

export const ValidateDraftJobSchema = z.object({ slug: z.string(), draftHash: z.string() });

/** Seeds the solution must pass on, and each mistake be caught on: enough to catch a flaky check. */
const VALIDATION_SEEDS = { seeds: 20, mistakeSeeds: 3 } as const;

/**
 * The task `validate_exercise_draft`: loads the draft as a folder (its metadata and checks
 * checked on the way), then grades its solution, starter and mistakes through the real
 * grading pool, and stores the table. A draft saved again meanwhile makes the job moot.
 */
export function createValidateDraftTask(options: { pool: pg.Pool; grader: Grader; concurrency: number }): Task {
  const { pool, grader } = options;
  const store = async (slug: string, validation: DraftValidation) => {
    await pool.query(`UPDATE authored_exercises SET validation = $2 WHERE slug = $1 AND validation->>'draftHash' = $3`, [slug, validation, validation.draftHash]);
  };
  return async (payload) => {
    const { slug, draftHash } = ValidateDraftJobSchema.parse(payload);
    const { rows } = await pool.query<{ draft: ExerciseFiles; draft_hash: string }>('SELECT draft, draft_hash FROM authored_exercises WHERE slug = $1', [slug]);
    const row = rows[0];
    if (!row || row.draft_hash !== draftHash) return; // deleted, or saved again since: a newer job follows
    await store(slug, { status: 'running', draftHash, ok: null });
    try {
      const folder = await materialiseExercise(slug, row.draft);
      const exercise = await loadExerciseFolder(folder, slug);
      const table = await validateExercise(exercise, (request) => grader.grade({ ...request, folder }), { ...VALIDATION_SEEDS, concurrency: options.concurrency });
      await store(slug, { status: 'done', draftHash, ok: table.every((line) => line.passed), rows: table });
      logger.info({ slug, draftHash, ok: table.every((line) => line.passed) }, 'exercise draft validated');
    } catch (error) {
      // The instructor's files did not load (a throw at import, metadata refused): that is the outcome.
      const message = error instanceof Error ? error.message : String(error);
      await store(slug, { status: 'error', draftHash, ok: false, error: message.slice(0, 2_000) });
      logger.info({ slug, draftHash, err: error }, 'exercise draft does not load');
    }
  };
}
