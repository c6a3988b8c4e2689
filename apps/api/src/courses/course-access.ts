import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type pg from 'pg';
import { PG_POOL } from '../database/database.module';
import type { Identity } from '../identity/identity.schema';

/** What a user is in a course; an admin counts as an instructor of every course. */
export type CourseRole = 'student' | 'instructor';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `id` has the shape of a uuid (others are answered as not found, never sent to SQL). */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

/**
 * The access rules of courses: a non-member is told the course does not exist (404, as for
 * an unknown id), a student asking for an instructor's action gets 403.
 */
@Injectable()
export class CourseAccess {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  /** The caller's role in the course, or undefined when not a member (or no such course). */
  async roleIn(identity: Identity, courseId: string): Promise<CourseRole | undefined> {
    if (!isUuid(courseId)) return undefined;
    if (identity.isAdmin) {
      const { rowCount } = await this.pool.query('SELECT 1 FROM courses WHERE id = $1', [courseId]);
      return rowCount ? 'instructor' : undefined;
    }
    const { rows } = await this.pool.query<{ role: CourseRole }>('SELECT role FROM course_members WHERE course_id = $1 AND user_id = $2', [courseId, identity.id]);
    return rows[0]?.role;
  }

  /** The caller's role; 404 when not a member. */
  async requireMember(identity: Identity, courseId: string): Promise<CourseRole> {
    const role = await this.roleIn(identity, courseId);
    if (!role) throw new NotFoundException('Course not found');
    return role;
  }

  /** 404 for a non-member, 403 for a student. */
  async requireInstructor(identity: Identity, courseId: string): Promise<void> {
    if ((await this.requireMember(identity, courseId)) !== 'instructor') {
      throw new ForbiddenException('Only an instructor of this course may do this');
    }
  }
}
