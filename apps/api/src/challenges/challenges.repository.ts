import type pg from 'pg';
import type { ChallengeMeasures, GradingResult } from '@dl/graders';
import { SUBMISSION_EVENTS_CHANNEL } from '../submissions/submissions.repository';

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

/** The challenges among the synced exercises (their metadata has a `challenge` section). */
const CHALLENGE_SLUGS = `SELECT slug FROM exercises WHERE meta ? 'challenge'`;

/** One student's best public accuracy on a challenge. */
export interface LeaderboardRow {
  userId: string;
  studentName: string;
  publicAccuracy: number;
  privateAccuracy: number | null;
  trainingMs: number;
  submittedAt: string;
}

/** SQL of challenge results, daily counts and queue positions. */
export const ChallengesRepository = {
  /** Challenge submissions of a student on one exercise since `since` that cost an attempt (not a platform error). */
  async countSince(db: Queryable, userId: string, exercise: string, since: Date): Promise<number> {
    const { rows } = await db.query<{ count: string }>(
      `SELECT count(*) FROM submissions WHERE user_id = $1 AND exercise_slug = $2 AND created_at >= $3 AND status <> 'error'`,
      [userId, exercise, since],
    );
    return Number(rows[0]!.count);
  },

  /** Serialises the daily-limit check of one student on one exercise until the transaction ends. */
  async lockStudentExercise(db: pg.PoolClient, userId: string, exercise: string): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`challenge:${userId}:${exercise}`]);
  },

  /** Stores the measures of a graded challenge submission once (a retried job stores nothing more). */
  async insertResult(db: Queryable, submissionId: string, result: GradingResult, measures: ChallengeMeasures): Promise<void> {
    await db.query(
      `INSERT INTO challenge_results (submission_id, user_id, exercise_slug, public_accuracy, private_accuracy, training_ms, cpu_ms, passed, submitted_at)
       SELECT id, user_id, exercise_slug, $2, $3, $4, $5, $6, created_at FROM submissions WHERE id = $1
       ON CONFLICT (submission_id) DO NOTHING`,
      [submissionId, measures.publicAccuracy, measures.privateAccuracy ?? null, measures.trainingMs, measures.cpuMs, result.status === 'passed'],
    );
  },

  /** Each student's best public accuracy (ties: the earlier submission), best first, earlier first on equal accuracy. */
  async leaderboard(db: Queryable, exercise: string): Promise<LeaderboardRow[]> {
    const { rows } = await db.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (r.user_id) r.user_id AS "userId", u.name AS "studentName", r.public_accuracy AS "publicAccuracy",
                r.private_accuracy AS "privateAccuracy", r.training_ms AS "trainingMs", r.submitted_at AS "submittedAt"
         FROM challenge_results r JOIN users u ON u.id = r.user_id
         WHERE r.exercise_slug = $1 AND r.public_accuracy IS NOT NULL
         ORDER BY r.user_id, r.public_accuracy DESC, r.submitted_at ASC) best
       ORDER BY "publicAccuracy" DESC, "submittedAt" ASC`,
      [exercise],
    );
    return rows.map((row) => ({ ...row, submittedAt: new Date(row.submittedAt).toISOString() }) as LeaderboardRow);
  },

  /** Every scored submission's time and public accuracy, in time order (for the best-over-time chart). */
  async scoredOverTime(db: Queryable, exercise: string): Promise<Array<{ submittedAt: string; publicAccuracy: number }>> {
    const { rows } = await db.query(
      `SELECT submitted_at AS "submittedAt", public_accuracy AS "publicAccuracy" FROM challenge_results
       WHERE exercise_slug = $1 AND public_accuracy IS NOT NULL ORDER BY submitted_at`,
      [exercise],
    );
    return rows.map((row) => ({ submittedAt: new Date(row.submittedAt).toISOString(), publicAccuracy: row.publicAccuracy as number }));
  },

  /**
   * Position of a queued challenge submission among the challenge submissions not yet taken by a
   * worker (1 = next), or null when it is not waiting.
   */
  async queuePosition(db: Queryable, submissionId: string): Promise<number | null> {
    const { rows } = await db.query<{ position: string }>(
      `SELECT count(*) AS position FROM submissions s, submissions me
       WHERE me.id = $1 AND me.status = 'queued' AND s.status = 'queued' AND s.exercise_slug IN (${CHALLENGE_SLUGS})
         AND (s.created_at, s.id) <= (me.created_at, me.id)`,
      [submissionId],
    );
    const position = Number(rows[0]?.position ?? 0);
    return position > 0 ? position : null;
  },

  /** Publishes every waiting challenge submission's queue position (after one leaves the queue). */
  async publishQueuePositions(db: Queryable): Promise<void> {
    await db.query(
      `SELECT pg_notify($1, json_build_object('id', id, 'type', 'queue', 'position', position)::text)
       FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) AS position FROM submissions
             WHERE status = 'queued' AND exercise_slug IN (${CHALLENGE_SLUGS}) ORDER BY created_at, id LIMIT 500) waiting`,
      [SUBMISSION_EVENTS_CHANNEL],
    );
  },
};
