import { Inject, Injectable } from '@nestjs/common';
import type pg from 'pg';
import { PG_POOL } from '../database/database.module';
import { withTransaction } from '../database/transaction';
import type { CreateAssignment } from './assignments.schema';

/** An assignment as the API returns it. */
export interface AssignmentView {
  id: string;
  courseId: string;
  title: string;
  opensAt: string;
  dueAt: string;
  latePenaltyPercent: number;
  exercises: { slug: string; weight: number }[];
}

const COLUMNS = `a.id, a.course_id AS "courseId", a.title, a.opens_at AS "opensAt", a.due_at AS "dueAt",
  a.late_penalty_percent AS "latePenaltyPercent",
  COALESCE((SELECT json_agg(json_build_object('slug', e.exercise_slug, 'weight', e.weight) ORDER BY e.exercise_slug)
            FROM assignment_exercises e WHERE e.assignment_id = a.id), '[]') AS exercises`;

/** SQL of assignments and the exercises they group. */
@Injectable()
export class AssignmentsRepository {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async create(courseId: string, assignment: CreateAssignment): Promise<AssignmentView> {
    const id = await withTransaction(this.pool, async (client) => {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO assignments (course_id, title, opens_at, due_at, late_penalty_percent) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [courseId, assignment.title, assignment.opensAt, assignment.dueAt, assignment.latePenaltyPercent],
      );
      for (const exercise of assignment.exercises) {
        await client.query('INSERT INTO assignment_exercises (assignment_id, exercise_slug, weight) VALUES ($1, $2, $3)', [rows[0].id, exercise.slug, exercise.weight]);
      }
      return rows[0].id;
    });
    return (await this.find(id))!;
  }

  async listForCourse(courseId: string): Promise<AssignmentView[]> {
    const { rows } = await this.pool.query(`SELECT ${COLUMNS} FROM assignments a WHERE a.course_id = $1 ORDER BY a.due_at, a.title`, [courseId]);
    return rows.map(toView);
  }

  async find(id: string): Promise<AssignmentView | undefined> {
    const { rows } = await this.pool.query(`SELECT ${COLUMNS} FROM assignments a WHERE a.id = $1`, [id]);
    return rows[0] && toView(rows[0]);
  }
}

function toView(row: Record<string, unknown>): AssignmentView {
  const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));
  return {
    id: row.id as string,
    courseId: row.courseId as string,
    title: row.title as string,
    opensAt: iso(row.opensAt),
    dueAt: iso(row.dueAt),
    latePenaltyPercent: Number(row.latePenaltyPercent),
    exercises: row.exercises as AssignmentView['exercises'],
  };
}
