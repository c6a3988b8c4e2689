import { Inject, Injectable } from '@nestjs/common';
import type pg from 'pg';
import { CourseAccess } from '../courses/course-access';
import { PG_POOL } from '../database/database.module';
import type { Identity } from '../identity/identity.schema';
import { rankSimilarPairs, type MatchedFragment } from './similarity-report';

/** One student's side of a pair. */
export interface PairSide {
  userId: string;
  name: string;
  submissionId: string;
  code: string;
}

/** The similarity report of one exercise in one course. */
export interface SimilarityReport {
  exercise: string;
  students: number;
  pairs: Array<{ left: PairSide; right: PairSide; similarity: number; longest: number; fragments: MatchedFragment[] }>;
}

/** Similarity of the students' final submissions of an exercise in a course (instructors of the course, admins). */
@Injectable()
export class SimilarityService {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(CourseAccess) private readonly access: CourseAccess,
  ) {}

  /** 404 for a non-member, 403 for a student. */
  async report(identity: Identity, courseId: string, exercise: string): Promise<SimilarityReport> {
    await this.access.requireInstructor(identity, courseId);
    // Each student's latest graded-mode submission of the exercise for one of this course's assignments.
    const { rows } = await this.pool.query<PairSide>(
      `SELECT DISTINCT ON (s.user_id) s.user_id AS "userId", u.name, s.id AS "submissionId", s.code
       FROM submissions s
       JOIN assignments a ON a.id = s.assignment_id AND a.course_id = $1
       JOIN course_members m ON m.course_id = $1 AND m.user_id = s.user_id AND m.role = 'student'
       JOIN users u ON u.id = s.user_id
       WHERE s.exercise_slug = $2 AND s.mode = 'submit'
       ORDER BY s.user_id, s.created_at DESC`,
      [courseId, exercise],
    );
    const byUser = new Map(rows.map((row) => [row.userId, row]));
    const pairs = rankSimilarPairs(rows.map((row) => ({ id: row.userId, code: row.code }))).map(({ leftId, rightId, ...pair }) => ({
      left: byUser.get(leftId)!,
      right: byUser.get(rightId)!,
      ...pair,
    }));
    return { exercise, students: rows.length, pairs };
  }
}
