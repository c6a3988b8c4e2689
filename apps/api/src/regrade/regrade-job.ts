import type { Task } from 'graphile-worker';
import type pg from 'pg';
import { z } from 'zod';
import type { CheckResult, GradingResult } from '@dl/graders';
import { withTransaction } from '../database/transaction';
import type { Grader } from '../grading/grader';
import { authoredFolder } from '../authoring/authored-sources';
import { logger } from '../logger';
import { currentVersionSql } from '../versions/exercise-versions';

/** graphile-worker task name of one submission's regrade (on the grading workers). */
export const REGRADE_JOB_TASK = 'regrade_submission';

export const RegradeJobSchema = z.object({ runId: z.uuid(), submissionId: z.uuid() });
export type RegradeJob = z.infer<typeof RegradeJobSchema>;

/** A check whose outcome differs between two results (null: the check was not in that result). */
export interface ChangedCheck {
  id: string;
  before: { passed: boolean; earned: number } | null;
  after: { passed: boolean; earned: number } | null;
}

/** The checks that passed in one result and not in the other, appeared, vanished, or earned other points. */
export function changedChecks(before: CheckResult[], after: CheckResult[]): ChangedCheck[] {
  const outcome = (check: CheckResult | undefined) => (check ? { passed: check.passed, earned: check.earned } : null);
  const ids = [...new Set([...before.map((check) => check.id), ...after.map((check) => check.id)])];
  return ids
    .map((id) => ({ id, before: outcome(before.find((check) => check.id === id)), after: outcome(after.find((check) => check.id === id)) }))
    .filter(({ before: b, after: a }) => b?.passed !== a?.passed || b?.earned !== a?.earned);
}

/**
 * The task `regrade_submission`: grades the stored code again with its stored seed against
 * the exercise as it is now, then in one transaction keeps the old result in `regrades` and
 * makes the new one the submission's current result. A job delivered twice stores once.
 */
export function createRegradeTask(options: { pool: pg.Pool; grader: Grader }): Task {
  const { pool, grader } = options;
  return async (payload) => {
    const { runId, submissionId } = RegradeJobSchema.parse(payload);
    const { rows } = await pool.query<{ exercise: string; mode: 'run' | 'submit'; code: string; seed: number; version: number | null }>(
      `SELECT exercise_slug AS exercise, mode, code, seed::float8 AS seed, ${currentVersionSql('exercise_slug')} AS version FROM submissions WHERE id = $1`,
      [submissionId],
    );
    const submission = rows[0];
    if (!submission) return;
    const folder = await authoredFolder(pool, submission.exercise, submission.version);
    const result: GradingResult = await grader.grade({ slug: submission.exercise, folder, code: submission.code, mode: submission.mode, seed: submission.seed });
    await withTransaction(pool, async (client) => {
      const { rows: [old] } = await client.query<{ status: string; score: number | null; result: GradingResult | null; exercise_version: number | null }>(
        'SELECT status, score, result, exercise_version FROM submissions WHERE id = $1 FOR UPDATE',
        [submissionId],
      );
      const { rowCount } = await client.query(
        `INSERT INTO regrades (run_id, submission_id, from_version, to_version, old_status, old_score, old_result, new_status, new_score, changed_checks)
         SELECT $1, $2, $3, r.to_version, $4, $5, $6, $7, $8, $9 FROM regrade_runs r WHERE r.id = $1
         ON CONFLICT DO NOTHING`,
        [runId, submissionId, old.exercise_version, old.status, old.score, old.result, result.status, result.score, JSON.stringify(changedChecks(old.result?.checks ?? [], result.checks))],
      );
      if (!rowCount) return; // a duplicate delivery: the first one stored it
      await client.query(
        `UPDATE submissions SET status = $2, result = $3, score = $4, max_score = $5, reference_backend = $6, timings = $7,
           exercise_version = ${currentVersionSql('exercise_slug')} WHERE id = $1`,
        [submissionId, result.status, result, result.score, result.maxScore, result.referenceBackend, result.timings],
      );
    });
    logger.info({ runId, submissionId, status: result.status, score: result.score }, 'submission regraded');
  };
}
