import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { Logger, runMigrations as runGraphileWorkerMigrations } from 'graphile-worker';
import { migrationsDir } from './paths';

/** Arbitrary constant shared by every process that migrates: serialises concurrent starts. */
const MIGRATION_LOCK_KEY = 7_340_211;
const FILE_NAME = /^(\d{3})_[a-z0-9_]+\.sql$/;

export interface MigrationFile {
  version: string;
  name: string;
  sql: string;
}

/** The versioned SQL files `NNN_name.sql`, in order. */
export async function listMigrations(dir = migrationsDir): Promise<MigrationFile[]> {
  const names = (await readdir(dir)).filter((name) => FILE_NAME.test(name)).sort();
  return Promise.all(
    names.map(async (name) => ({ version: name.slice(0, 3), name, sql: await readFile(join(dir, name), 'utf8') })),
  );
}

/**
 * Applies the SQL migrations not yet recorded in `schema_migrations`, each in its own
 * transaction, then graphile-worker's schema. A session advisory lock makes a concurrent
 * start (API and worker together) wait instead of applying anything twice.
 * @returns the file names applied by this call.
 * @example
 *   const applied = await migrate(process.env.DATABASE_URL!);
 */
export async function migrate(databaseUrl: string, dir = migrationsDir): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set((await client.query<{ version: string }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    for (const migration of await listMigrations(dir)) {
      if (done.has(migration.version)) continue;
      try {
        await client.query('BEGIN');
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${migration.name} failed: ${(error as Error).message}`);
      }
      applied.push(migration.name);
    }
    // graphile-worker takes its own lock; running it under ours keeps one migrator at a time.
    await runGraphileWorkerMigrations({ connectionString: databaseUrl, logger: silentLogger() });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
  return applied;
}

function silentLogger() {
  // graphile-worker's Logger is built from a factory; only warnings and errors matter here.
  return new Logger(() => (level, message) => {
    if (level === 'error' || level === 'warning') console.error(`[graphile-worker] ${message}`);
  });
}
