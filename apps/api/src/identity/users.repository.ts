import { Inject, Injectable } from '@nestjs/common';
import type pg from 'pg';
import { PG_POOL } from '../database/database.module';
import type { Identity, Role } from './identity.schema';

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

const IDENTITY_COLUMNS = `id, name, email, role, is_admin AS "isAdmin"`;

/** SQL of the users table. */
@Injectable()
export class UsersRepository {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async findById(id: string): Promise<Identity | undefined> {
    const { rows } = await this.pool.query<Identity>(`SELECT ${IDENTITY_COLUMNS} FROM users WHERE id = $1`, [id]);
    return rows[0];
  }

  /** The user with this email (any case) and their password hash, for signing in. */
  static async findByEmail(db: Queryable, email: string): Promise<(Identity & { passwordHash: string | null }) | undefined> {
    const { rows } = await db.query<Identity & { passwordHash: string | null }>(
      `SELECT ${IDENTITY_COLUMNS}, password_hash AS "passwordHash" FROM users WHERE lower(email) = lower($1)`,
      [email],
    );
    return rows[0];
  }

  /** Inserts a user; a taken email fails with Postgres' unique violation (23505). */
  static async insert(db: Queryable, user: { name: string; email: string; passwordHash: string | null; role: Role; isAdmin: boolean }): Promise<Identity> {
    const { rows } = await db.query<Identity>(
      `INSERT INTO users (name, email, password_hash, role, is_admin) VALUES ($1, $2, $3, $4, $5) RETURNING ${IDENTITY_COLUMNS}`,
      [user.name, user.email, user.passwordHash, user.role, user.isAdmin],
    );
    return rows[0];
  }

  static async setPasswordHash(db: Queryable, userId: string, passwordHash: string): Promise<void> {
    await db.query('UPDATE users SET password_hash = $2 WHERE id = $1', [userId, passwordHash]);
  }

  /** Raises an account's kind (never lowers it): an invited instructor may then create courses. */
  static async promoteToInstructor(db: Queryable, userId: string): Promise<void> {
    await db.query(`UPDATE users SET role = 'instructor' WHERE id = $1 AND role = 'student'`, [userId]);
  }
}
