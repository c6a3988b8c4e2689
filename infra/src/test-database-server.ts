// Supervisor of the embedded Postgres shared by test files; started detached by
// startTestDatabase(). It stops the server (and exits) once no test database has held the
// in-use lock for IDLE_STOP_MS, so a test run leaves nothing behind; leftover test databases of crashed
// runs are dropped then too.
import { appendFileSync, closeSync, mkdirSync, openSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { embeddedUrl, startEmbeddedServer } from './embedded-postgres';
import { dataRoot } from './paths';
import { TEST_SERVER_IN_USE_LOCK } from './test-database';

const port = Number(process.env.PGPORT_EMBEDDED_TEST ?? 54330);
const IDLE_STOP_MS = 20_000;
const POLL_MS = 2_000;
const lockPath = join(dataRoot, 'postgres-test.lock');
const logPath = join(dataRoot, 'postgres-test.log');
const log = (line: string) => appendFileSync(logPath, line.endsWith('\n') ? line : `${line}\n`);

/** One supervisor at a time: an exclusive lock file holding its pid (stale ones are taken over). */
function takeLock(): boolean {
  try {
    closeSync(openSync(lockPath, 'wx'));
  } catch {
    const pid = Number(readFileSync(lockPath, 'utf8').trim());
    if (pid && isAlive(pid)) return false;
    unlinkSync(lockPath);
    return takeLock();
  }
  appendFileSync(lockPath, String(process.pid));
  return true;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** True when no test database holds the in-use lock; the lock is then kept (exclusive) when `keep`. */
async function isIdle(client: pg.Client, keep: boolean): Promise<boolean> {
  const { rows } = await client.query<{ free: boolean }>('SELECT pg_try_advisory_lock($1) AS free', [TEST_SERVER_IN_USE_LOCK]);
  if (rows[0].free && !keep) await client.query('SELECT pg_advisory_unlock($1)', [TEST_SERVER_IN_USE_LOCK]);
  return rows[0].free;
}

async function dropLeftovers(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'test\\_%'`);
  for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`);
}

async function main(): Promise<void> {
  mkdirSync(dataRoot, { recursive: true }); // a fresh clone has no .data yet
  if (!takeLock()) return;
  try {
    const server = await startEmbeddedServer({ dataDir: join(dataRoot, 'postgres-test'), port, onLog: log });
    if (!server.owned) return;
    const client = new pg.Client({ connectionString: embeddedUrl(port) });
    await client.connect();
    let idleSince = Date.now();
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const longEnough = Date.now() - idleSince > IDLE_STOP_MS;
      // Once idle long enough the lock is kept: a test arriving now waits, then retries on a new server.
      if (!(await isIdle(client, longEnough))) idleSince = Date.now();
      else if (longEnough) break;
    }
    await dropLeftovers(client);
    await client.end();
    await server.stop();
  } finally {
    unlinkSync(lockPath);
  }
}

main().catch((error) => {
  log(`supervisor failed: ${String(error?.stack ?? error)}`);
  process.exit(1);
});
