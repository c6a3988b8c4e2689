import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type pg from 'pg';
import { PG_POOL } from '../database/database.module';
import { withTransaction } from '../database/transaction';
import { GRADE_JOB_MAX_ATTEMPTS } from '../grading/grade-job';
import type { Identity } from '../identity/identity.schema';
import { currentVersion } from '../versions/exercise-versions';
import { REGRADE_JOB_TASK, type ChangedCheck, type RegradeJob } from './regrade-job';

/** What a regrade request started. */
export interface RegradeStarted {
  runId: string;
  exercise: string;
  toVersion: number;
  submissions: number;
}

/** One submission of a regrade run, once regraded. */
export interface RegradedSubmission {
  submissionId: string;
  userId: string;
  userName: string;
  fromVersion: number | null;
  toVersion: number;
  /** Points earned out of maxScore, before and after the regrade. */
  before: { status: string; score: number | null; maxScore: number | null };
  after: { status: string; score: number | null; maxScore: number | null };
  changedChecks: ChangedCheck[];
}

/** The last regrade run of an exercise, as far as the caller may see it. */
export interface RegradeReport {
  runId: string;
  exercise: string;
  toVersion: number;
  createdAt: string;
  counts: { submissions: number; regraded: number; pending: number; changed: number };
  submissions: RegradedSubmission[];
}

/**
 * Regrading an exercise after a fix: every graded submission of it, in the caller's courses
 * (an admin: everywhere), graded again with its own seed against the current version.
 */
@Injectable()
export class RegradeService {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  /**
   * SQL condition on the submission `s` limiting it to the caller's scope: submitted for an
   * assignment of a course the caller teaches (admin: true). `$2` is the caller's id.
   */
  private static scope(identity: Identity): string {
    return identity.isAdmin
      ? 'TRUE'
      : `s.assignment_id IN (SELECT a.id FROM assignments a JOIN course_members m ON m.course_id = a.course_id AND m.role = 'instructor' WHERE m.user_id = $2)`;
  }

  /** 404 unless the caller is an admin or teaches a course whose assignments include the exercise. */
  private async requireInstructorOf(identity: Identity, slug: string): Promise<void> {
    const { rowCount } = identity.isAdmin
      ? await this.pool.query('SELECT 1 FROM exercises WHERE slug = $1', [slug])
      : await this.pool.query(
          `SELECT 1 FROM assignment_exercises ae JOIN assignments a ON a.id = ae.assignment_id
           JOIN course_members m ON m.course_id = a.course_id AND m.role = 'instructor'
           WHERE ae.exercise_slug = $1 AND m.user_id = $2 LIMIT 1`,
          [slug, identity.id],
        );
    if (!rowCount) throw new NotFoundException(`No exercise "${slug.slice(0, 80)}" in a course you teach`);
  }

  /** Enqueues a regrade of every graded submission in scope, on the grading queue. */
  async start(identity: Identity, slug: string): Promise<RegradeStarted> {
    await this.requireInstructorOf(identity, slug);
    const toVersion = (await currentVersion(this.pool, slug)) ?? 1;
    return withTransaction(this.pool, async (client) => {
      const { rows: submissions } = await client.query<{ id: string }>(
        `SELECT s.id FROM submissions s WHERE s.exercise_slug = $1 AND s.status IN ('passed', 'failed') AND ${RegradeService.scope(identity)}`,
        identity.isAdmin ? [slug] : [slug, identity.id],
      );
      const { rows: [run] } = await client.query<{ id: string }>(
        'INSERT INTO regrade_runs (exercise_slug, to_version, requested_by, submission_count) VALUES ($1, $2, $3, $4) RETURNING id',
        [slug, toVersion, identity.id, submissions.length],
      );
      for (const { id } of submissions) {
        const job: RegradeJob = { runId: run.id, submissionId: id };
        await client.query('SELECT graphile_worker.add_job($1, $2::json, max_attempts := $3)', [REGRADE_JOB_TASK, JSON.stringify(job), GRADE_JOB_MAX_ATTEMPTS]);
      }
      return { runId: run.id, exercise: slug, toVersion, submissions: submissions.length };
    });
  }

  /** The last regrade run of the exercise with what changed per submission (in the caller's scope); 404 when none. */
  async lastRun(identity: Identity, slug: string): Promise<RegradeReport> {
    await this.requireInstructorOf(identity, slug);
    const { rows: [run] } = await this.pool.query<{ id: string; to_version: number; submission_count: number; created_at: Date }>(
      `SELECT id, to_version, submission_count, created_at FROM regrade_runs WHERE exercise_slug = $1 ${identity.isAdmin ? '' : 'AND requested_by = $2'}
       ORDER BY created_at DESC LIMIT 1`,
      identity.isAdmin ? [slug] : [slug, identity.id],
    );
    if (!run) throw new NotFoundException('No regrade of this exercise yet');
    const { rows } = await this.pool.query(
      `SELECT r.submission_id, s.user_id, u.name, r.from_version, r.to_version, r.old_status, r.old_score, r.new_status, r.new_score, r.changed_checks,
              (r.old_result->>'maxScore')::double precision AS old_max_score, s.max_score AS new_max_score
       FROM regrades r JOIN submissions s ON s.id = r.submission_id JOIN users u ON u.id = s.user_id
       WHERE r.run_id = $1 ORDER BY u.name, s.created_at`,
      [run.id],
    );
    const submissions: RegradedSubmission[] = rows.map((row) => ({
      submissionId: row.submission_id,
      userId: row.user_id,
      userName: row.name,
      fromVersion: row.from_version,
      toVersion: row.to_version,
      before: { status: row.old_status, score: row.old_score, maxScore: row.old_max_score },
      after: { status: row.new_status, score: row.new_score, maxScore: row.new_max_score },
      changedChecks: row.changed_checks,
    }));
    const changed = submissions.filter((entry) => entry.changedChecks.length > 0 || entry.before.score !== entry.after.score || entry.before.status !== entry.after.status).length;
    return {
      runId: run.id,
      exercise: slug,
      toVersion: run.to_version,
      createdAt: run.created_at.toISOString(),
      counts: { submissions: run.submission_count, regraded: submissions.length, pending: run.submission_count - submissions.length, changed },
      submissions,
    };
  }
}
