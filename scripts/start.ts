// `./platform start` (npm start): the whole platform on one machine, on the embedded Postgres
// by default (DATABASE_URL for an external one). Starts, in order: the database, the API,
// the grading worker process(es), then the web app on http://localhost:3000.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { DEMO_COURSE_TITLE, DEMO_USERS, demoPassword } from '@dl/api';
import { migrate, repoRoot, resolveDatabaseUrl } from '@dl/infra';
import { ensureWebBuild } from './web-build';

const webPort = Number(process.env.WEB_PORT ?? 3000);
const apiPort = Number(process.env.API_PORT ?? 4000);
const gradingWorkers = Number(process.env.GRADING_WORKERS ?? 2);
const workerProcesses = Number(process.env.WORKER_PROCESSES ?? 1);

const children: ChildProcess[] = [];
let stopping = false;

/** Starts a long-running child; if one dies unexpectedly, the platform stops rather than limping. */
function startChild(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, cwd = repoRoot): ChildProcess {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`[platform] ${name} exited (${signal ?? code}); stopping everything`);
    void stop(1);
  });
  children.push(child);
  return child;
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

const database = await resolveDatabaseUrl();

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)))));
  await database.stop();
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop(0));

await migrate(database.url);
const tsx = ['--no-node-snapshot', '--import', 'tsx'];
const serviceEnv = { DATABASE_URL: database.url, API_PORT: String(apiPort), GRADING_WORKERS: String(gradingWorkers) };
startChild('api', process.execPath, [...tsx, 'apps/api/src/main.ts'], serviceEnv);
const firstMetricsPort = Number(process.env.WORKER_METRICS_PORT ?? 9464);
for (let i = 0; i < workerProcesses; i++) {
  // Each worker process serves its own /metrics, on consecutive ports.
  const metricsPort = firstMetricsPort === 0 ? 0 : firstMetricsPort + i;
  startChild(`worker ${i + 1}`, process.execPath, [...tsx, 'apps/api/src/worker-main.ts'], { ...serviceEnv, WORKER_METRICS_PORT: String(metricsPort) });
}

await ensureWebBuild();
const apiUrl = `http://127.0.0.1:${apiPort}`;
await waitForHttp(`${apiUrl}/api/health`, 120_000);
startChild('web', process.execPath, [join(repoRoot, 'node_modules/next/dist/bin/next'), 'start', '-p', String(webPort)], {
  API_URL: apiUrl,
}, join(repoRoot, 'apps/web'));
await waitForHttp(`http://127.0.0.1:${webPort}/`, 120_000);

console.log(`
  Platform ready: http://localhost:${webPort}
  API: ${apiUrl}/api (OpenAPI at ${apiUrl}/api/docs)
  Database: ${process.env.DATABASE_URL ? 'DATABASE_URL' : `embedded Postgres, data in ${join('.data', 'postgres')}`}
  Grading: ${workerProcesses} worker process(es) × ${gradingWorkers} sandbox worker(s)
  Sign in at http://localhost:${webPort}/signin with one of these (password: ${demoPassword()}${process.env.DEMO_PASSWORD ? ', from DEMO_PASSWORD' : ''}):
${DEMO_USERS.map((user) => `    ${user.email}  (${user.name}, ${user.role} of the course "${DEMO_COURSE_TITLE}")`).join('\n')}
  First admin: npm run admin:create -- --email <email> --name <name>
  Ctrl-C stops everything.
`);
