import { Inject, Injectable } from '@nestjs/common';
import type pg from 'pg';
import type { GradingResult } from '@dl/graders';
import { PG_POOL } from '../database/database.module';
import { currentVersionSql } from '../versions/exercise-versions';

/** The statuses after which a submission never changes again. */
export const FINAL_STATUSES = ['passed', 'failed', 'error'] as const;
export type SubmissionStatus = 'queued' | 'running' | (typeof FINAL_STATUSES)[number];

/** A submission as the API returns it. */
export interface SubmissionView {
  id: string;
  exercise: string;
  mode: 'run' | 'submit';
  status: SubmissionStatus;
  code: string;
  createdAt: string;
  finishedAt: string | null;
  result: GradingResult | null;
}

/** What a worker needs to grade a submission. */
export interface GradingClaim {
  exercise: string;
  mode: 'run' | 'submit';
  code: string;
  seed: number;
  /** Grading attempts started, this one included. */
  attempts: number;
  /** The exercise version it is graded against (null for rows older than versions). */
  version: number | null;
}

const VIEW_COLUMNS = `id, exercise_slug AS exercise, mode, status, code, created_at AS "createdAt", finished_at AS "finishedAt", result`;

/** Channel of the submission events (progress and result) published with NOTIFY. */
export const SUBMISSION_EVENTS_CHANNEL = 'submission_events';

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

/** SQL of the submissions table, for the API and the grading worker. */
@Injectable()
export class SubmissionsRepository {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  /**
   * Inserts a queued submission and its grading job in ONE statement, which Postgres runs as
   * one transaction: both exist or neither does, in one round trip instead of four
   * (BEGIN, INSERT, add_job, COMMIT). `job` names the graphile-worker task.
   */
  static async insertWithJob(
    db: Queryable,
    row: { userId: string; exercise: string; mode: string; code: string; seed: number; assignmentId?: string; isLate?: boolean },
    job: { task: string; maxAttempts: number },
  ): Promise<string> {
    const { rows } = await db.query<{ id: string }>(
      `WITH inserted AS (
         INSERT INTO submissions (user_id, exercise_slug, mode, code, seed, assignment_id, is_late, exercise_version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, ${currentVersionSql('$2')}) RETURNING id)
       SELECT id, graphile_worker.add_job($8, json_build_object('submissionId', id), max_attempts := $9, job_key := id::text) IS NOT NULL AS queued
       FROM inserted`,
      [row.userId, row.exercise, row.mode, row.code, row.seed, row.assignmentId ?? null, row.isLate ?? false, job.task, job.maxAttempts],
    );
    return rows[0].id;
  }

  /** The submission if `userId` owns it (anyone else gets nothing, as if it did not exist). */
  async findOwned(id: string, userId: string): Promise<SubmissionView | undefined> {
    const { rows } = await this.pool.query(`SELECT ${VIEW_COLUMNS} FROM submissions WHERE id = $1 AND user_id = $2`, [id, userId]);
    return rows[0] && toView(rows[0]);
  }

  async findById(id: string): Promise<SubmissionView | undefined> {
    const { rows } = await this.pool.query(`SELECT ${VIEW_COLUMNS} FROM submissions WHERE id = $1`, [id]);
    return rows[0] && toView(rows[0]);
  }

  /**
   * Marks a not-yet-final submission running and counts the attempt, in one round trip.
   * Undefined when it is already final (a retried job after the result was stored) or missing.
   * The 'running' event is the worker's to publish, once a grading outlasts a few milliseconds.
   */
  static async claim(db: Queryable, id: string): Promise<GradingClaim | undefined> {
    const { rows } = await db.query<GradingClaim>(
      `UPDATE submissions SET status = 'running', attempts = attempts + 1, started_at = now()
       WHERE id = $1 AND status IN ('queued', 'running')
       RETURNING exercise_slug AS exercise, mode, code, seed::float8 AS seed, attempts, exercise_version AS version`,
      [id],
    );
    if (!rows[0]) return undefined;
    const { exercise, mode, code, seed, attempts, version } = rows[0];
    return { exercise, mode, code, seed, attempts, version };
  }

  /**
   * Stores the final result once and publishes the 'result' event, in one round trip: the
   * status guard makes a second completion (a retried job, a duplicate delivery) a no-op that
   * publishes nothing. True when this call stored it.
   */
  static async storeResult(db: Queryable, id: string, result: GradingResult): Promise<boolean> {
    const { rowCount } = await db.query(
      `WITH stored AS (
         UPDATE submissions
         SET status = $2, result = $3, score = $4, max_score = $5, seed = $6, reference_backend = $7, timings = $8, finished_at = now()
         WHERE id = $1 AND status IN ('queued', 'running')
         RETURNING id, status)
       SELECT pg_notify($9, json_build_object('id', id, 'type', 'result', 'status', status)::text) FROM stored`,
      [id, result.status, result, result.score, result.maxScore, result.seed, result.referenceBackend, result.timings, SUBMISSION_EVENTS_CHANNEL],
    );
    return rowCount === 1;
  }

  /** Publishes an event to every API process listening (payload kept small: NOTIFY caps it at 8 kB). */
  static async notify(db: Queryable, event: SubmissionEvent): Promise<void> {
    await db.query('SELECT pg_notify($1, $2)', [SUBMISSION_EVENTS_CHANNEL, JSON.stringify(event)]);
  }
}

/** What travels on the submission_events channel. */
export type SubmissionEvent =
  | { id: string; type: 'progress'; status: SubmissionStatus; done: number; total: number }
  | { id: string; type: 'result'; status: SubmissionStatus }
  /** A challenge's training reported (epoch, loss); CPU time used against the budget. */
  | { id: string; type: 'training'; epoch: number; loss: number; cpuMs: number; budgetMs: number }
  /** A queued challenge submission's position in the challenge queue (1 = next). */
  | { id: string; type: 'queue'; position: number };

function toView(row: Record<string, unknown>): SubmissionView {
  const date = (value: unknown) => (value instanceof Date ? value.toISOString() : value == null ? null : String(value));
  return {
    id: row.id as string,
    exercise: row.exercise as string,
    mode: row.mode as SubmissionView['mode'],
    status: row.status as SubmissionStatus,
    code: row.code as string,
    createdAt: date(row.createdAt)!,
    finishedAt: date(row.finishedAt),
    result: (row.result as GradingResult | null) ?? null,
  };
}
