import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type pg from 'pg';
import { PG_POOL } from '../database/database.module';
import { withTransaction } from '../database/transaction';
import { createAccount } from './accounts';
import { UsersRepository } from './users.repository';

/** The accounts a fresh platform starts with; their password is demoPassword(). */
export const DEMO_USERS = [
  { name: 'Demo Instructor', email: 'demo-instructor@example.org', role: 'instructor' },
  { name: 'Demo Student', email: 'demo-student@example.org', role: 'student' },
] as const;

/** Title of the course the demo instructor teaches and the demo student follows. */
export const DEMO_COURSE_TITLE = 'Démo';

/** Password of the demo accounts when they are created: env DEMO_PASSWORD, else a fixed default. */
export function demoPassword(): string {
  return process.env.DEMO_PASSWORD || 'demo-password';
}

/**
 * Creates the demo accounts and their course when the API starts; existing ones are left as
 * they are (a changed DEMO_PASSWORD does not overwrite a password already set).
 */
@Injectable()
export class DemoUsers implements OnApplicationBootstrap {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async onApplicationBootstrap(): Promise<void> {
    await withTransaction(this.pool, async (client) => {
      // Serialises concurrent starts (API processes), which would otherwise race on the same emails.
      await client.query('SELECT pg_advisory_xact_lock(7340212)');
      const [instructor, student] = await Promise.all(DEMO_USERS.map(async (demo) => {
        const existing = await UsersRepository.findByEmail(client, demo.email);
        return existing ?? createAccount(client, { ...demo, password: demoPassword() });
      }));
      const { rows } = await client.query<{ id: string }>('SELECT id FROM courses WHERE created_by = $1 AND title = $2', [instructor.id, DEMO_COURSE_TITLE]);
      if (rows[0]) return;
      const course = await client.query<{ id: string }>('INSERT INTO courses (title, created_by) VALUES ($1, $2) RETURNING id', [DEMO_COURSE_TITLE, instructor.id]);
      await client.query(
        `INSERT INTO course_members (course_id, user_id, role) VALUES ($1, $2, 'instructor'), ($1, $3, 'student') ON CONFLICT DO NOTHING`,
        [course.rows[0].id, instructor.id, student.id],
      );
    });
  }
}
