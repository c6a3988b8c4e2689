import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { listMigrations, migrate } from './migrate';
import { startTestDatabase, type TestDatabase } from './test-database';

describe('migrate', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await startTestDatabase();
  });
  afterAll(() => database?.stop());

  it('applies every migration once even when two processes start together', async () => {
    const [first, second] = await Promise.all([migrate(database.url), migrate(database.url)]);
    const files = (await listMigrations()).map((m) => m.name);
    expect([...first, ...second].sort()).toEqual(files);
    expect(await migrate(database.url)).toEqual([]);

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(files.map((f) => f.slice(0, 3)));
      // graphile-worker's schema is there: its add_job function answers.
      await client.query(`INSERT INTO users (name, role) VALUES ('Ada', 'student')`);
      await expect(client.query(`INSERT INTO users (name, role) VALUES ('Bob', 'root')`)).rejects.toThrow(/check constraint/);
      const job = await client.query(`SELECT (graphile_worker.add_job('noop', '{}'::json)).id`);
      expect(job.rows).toHaveLength(1);
    } finally {
      await client.end();
    }
  });
});
