import type pg from 'pg';
import type { Attempt } from './scoring';

/**
 * The 'submit' submissions that count for assignments: of a course's assignments, or of one
 * assignment, optionally of one student. A platform error costs no attempt and is left out.
 */
export async function loadAttempts(
  db: Pick<pg.Pool, 'query'>,
  where: { courseId: string; assignmentId?: string; userId?: string },
): Promise<Attempt[]> {
  const { rows } = await db.query<Attempt>(
    `SELECT s.user_id AS "userId", s.assignment_id AS "assignmentId", s.exercise_slug AS exercise, s.is_late AS "isLate",
            to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "createdAt",
            CASE WHEN s.status IN ('passed', 'failed') AND s.max_score > 0 THEN s.score / s.max_score END AS fraction
     FROM submissions s JOIN assignments a ON a.id = s.assignment_id
     WHERE a.course_id = $1 AND s.mode = 'submit' AND s.status <> 'error'
       AND ($2::uuid IS NULL OR s.assignment_id = $2) AND ($3::uuid IS NULL OR s.user_id = $3)`,
    [where.courseId, where.assignmentId ?? null, where.userId ?? null],
  );
  return rows.map((row) => ({ ...row, fraction: row.fraction === null ? null : Number(row.fraction) }));
}
