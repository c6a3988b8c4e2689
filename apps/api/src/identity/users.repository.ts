import { Inject, Injectable } from '@nestjs/common';
import type pg from 'pg';
import { PG_POOL } from '../database/database.module';
import type { Identity, Role } from './identity.schema';

/** SQL of the users table. */
@Injectable()
export class UsersRepository {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  /** Returns the user named `name`, creating it with `role` when new (an existing role is kept). */
  async upsertByName(name: string, role: Role = 'student'): Promise<Identity> {
    const { rows } = await this.pool.query<Identity>(
      `INSERT INTO users (name, role) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name
       RETURNING id, name, role`,
      [name, role],
    );
    return rows[0];
  }

  async findById(id: string): Promise<Identity | undefined> {
    const { rows } = await this.pool.query<Identity>('SELECT id, name, role FROM users WHERE id = $1', [id]);
    return rows[0];
  }
}
