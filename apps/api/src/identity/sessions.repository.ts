import { Inject, Injectable } from '@nestjs/common';
import type pg from 'pg';
import { PG_POOL } from '../database/database.module';
import type { Identity } from './identity.schema';
import { hashToken, newToken } from './tokens';

/** How long a session lasts after sign-in. */
export const SESSION_LIFETIME_MS = 30 * 24 * 3600 * 1000;

/** SQL of the sessions table: server-side sessions that sign-out and password resets revoke. */
@Injectable()
export class SessionsRepository {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  /** Opens a session for `userId`; returns the token for the cookie (only its hash is stored). */
  async open(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
    await this.pool.query('INSERT INTO sessions (id, user_id, expires_at) VALUES ($1, $2, $3)', [hashToken(token), userId, expiresAt]);
    return { token, expiresAt };
  }

  /** The user of a live session (not expired, not revoked), if any. */
  async findUser(token: string): Promise<Identity | undefined> {
    const { rows } = await this.pool.query<Identity>(
      `SELECT u.id, u.name, u.email, u.role, u.is_admin AS "isAdmin"
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.id = $1 AND NOT s.revoked AND s.expires_at > now()`,
      [hashToken(token)],
    );
    return rows[0];
  }

  async revoke(token: string): Promise<void> {
    await this.pool.query('UPDATE sessions SET revoked = true WHERE id = $1', [hashToken(token)]);
  }

  /** Ends every session of a user (after a password reset). */
  static async revokeAll(db: Pick<pg.Pool, 'query'> | pg.PoolClient, userId: string): Promise<void> {
    await db.query('UPDATE sessions SET revoked = true WHERE user_id = $1 AND NOT revoked', [userId]);
  }
}
