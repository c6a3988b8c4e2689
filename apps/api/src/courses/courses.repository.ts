import { Inject, Injectable } from '@nestjs/common';
import type pg from 'pg';
import { PG_POOL } from '../database/database.module';
import type { Identity } from '../identity/identity.schema';
import type { CourseRole } from './course-access';

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

/** A course in a list, with the caller's role in it. */
export interface CourseSummary {
  id: string;
  title: string;
  role: CourseRole;
}

/** A member as an instructor sees them. */
export interface CourseMember {
  id: string;
  name: string;
  email: string | null;
  role: CourseRole;
}

/** SQL of courses and their members. */
@Injectable()
export class CoursesRepository {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  /** Creates a course taught by its creator. */
  async create(title: string, creatorId: string): Promise<CourseSummary> {
    const { rows } = await this.pool.query<CourseSummary>(
      `WITH course AS (INSERT INTO courses (title, created_by) VALUES ($1, $2) RETURNING id, title),
            member AS (INSERT INTO course_members (course_id, user_id, role) SELECT id, $2, 'instructor' FROM course RETURNING course_id)
       SELECT id, title, 'instructor' AS role FROM course`,
      [title, creatorId],
    );
    return rows[0];
  }

  /** The caller's courses; an admin sees every course, as an instructor. */
  async listFor(identity: Identity): Promise<CourseSummary[]> {
    const { rows } = identity.isAdmin
      ? await this.pool.query<CourseSummary>(`SELECT id, title, 'instructor' AS role FROM courses ORDER BY created_at, title`)
      : await this.pool.query<CourseSummary>(
        `SELECT c.id, c.title, m.role FROM course_members m JOIN courses c ON c.id = m.course_id WHERE m.user_id = $1 ORDER BY c.created_at, c.title`,
        [identity.id],
      );
    return rows;
  }

  async title(courseId: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ title: string }>('SELECT title FROM courses WHERE id = $1', [courseId]);
    return rows[0]?.title;
  }

  async members(courseId: string): Promise<CourseMember[]> {
    const { rows } = await this.pool.query<CourseMember>(
      `SELECT u.id, u.name, u.email, m.role FROM course_members m JOIN users u ON u.id = m.user_id
       WHERE m.course_id = $1 ORDER BY m.role DESC, u.name, u.email`,
      [courseId],
    );
    return rows;
  }

  async memberRole(courseId: string, userId: string): Promise<CourseRole | undefined> {
    const { rows } = await this.pool.query<{ role: CourseRole }>('SELECT role FROM course_members WHERE course_id = $1 AND user_id = $2', [courseId, userId]);
    return rows[0]?.role;
  }

  /** Adds a member; an existing member keeps the stronger role (instructor over student). */
  static async addMember(db: Queryable, courseId: string, userId: string, role: CourseRole): Promise<void> {
    await db.query(
      `INSERT INTO course_members (course_id, user_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (course_id, user_id) DO UPDATE SET role = CASE WHEN course_members.role = 'instructor' THEN 'instructor' ELSE EXCLUDED.role END`,
      [courseId, userId, role],
    );
  }
}
