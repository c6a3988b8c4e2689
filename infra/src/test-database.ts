import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { embeddedUrl, isServerUp } from './embedded-postgres';
import { repoRoot } from './paths';

/** Port of the embedded server shared by test files (the platform's own uses 54329). */
export const TEST_SERVER_PORT = Number(process.env.PGPORT_EMBEDDED_TEST ?? 54330);

export interface TestDatabase {
  /** URL of a fresh, empty database of its own (not migrated). */
  url: string;
  /** Drops the database (closing whatever still uses it). */
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Makes sure the shared test server runs. It is owned by a detached supervisor
 * (test-database-server.ts) rather than by a test process, so that test files running in
 * parallel can share it and none takes it down under another; the supervisor stops it
 * once no client has been connected for a while.
 */
async function ensureTestServer(): Promise<void> {
  if (await isServerUp(TEST_SERVER_PORT)) return;
  const supervisor = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'infra', 'src', 'test-database-server.ts')], {
    cwd: repoRoot,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, PGPORT_EMBEDDED_TEST: String(TEST_SERVER_PORT) },
  });
  supervisor.unref();
  const deadline = Date.now() + 90_000; // a first run initialises the cluster
  while (Date.now() < deadline) {
    if (await isServerUp(TEST_SERVER_PORT)) return;
    await sleep(200);
  }
  throw new Error(`the test Postgres did not start on port ${TEST_SERVER_PORT} (see .data/postgres-test.log)`);
}

/**
 * Advisory lock key telling the supervisor the server is in use: every test database holds
 * it shared on its admin connection; the supervisor stops the server only after taking it
 * exclusively, so it never stops under a test (a start racing a stop waits, fails, retries).
 */
export const TEST_SERVER_IN_USE_LOCK = 7_340_212;

async function createOnce(): Promise<TestDatabase> {
  await ensureTestServer();
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: embeddedUrl(TEST_SERVER_PORT) });
  admin.on('error', () => undefined); // the server stopping under us surfaces on the next query
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock_shared($1)', [TEST_SERVER_IN_USE_LOCK]);
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    await admin.end().catch(() => undefined);
    throw error;
  }
  let stopped: Promise<void> | undefined;
  return {
    url: embeddedUrl(TEST_SERVER_PORT, name),
    stop: () =>
      (stopped ??= (async () => {
        try {
          await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        } finally {
          await admin.end().catch(() => undefined);
        }
      })()),
  };
}

/**
 * Creates a fresh database (`test_<random>`) on the shared embedded test server, so each
 * test file has its own and files can run in parallel.
 * @example
 *   const db = await startTestDatabase();
 *   afterAll(() => db.stop());
 */
export async function startTestDatabase(): Promise<TestDatabase> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await createOnce();
    } catch (error) {
      // The supervisor may have been stopping an idle server just as we arrived: start it again.
      if (attempt >= 3) throw error;
      await sleep(500);
    }
  }
}
