import { fork, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import pg from 'pg';
import { createAccount } from '@dl/api/accounts';
import { loadExercise } from '@dl/exercises';
import { dataRoot, repoRoot, startTestDatabase } from '@dl/infra';
import { diffCpu, readCpuSeconds, type CpuGroups } from './cpu';
import { percentile } from './stats';

/** Small exercises of module B/C: a grading takes milliseconds of checks, so the platform's overhead shows. */
export const LOAD_EXERCISES = ['dense-forward', 'softmax-cross-entropy', 'activations', 'mean-squared-error'];

export interface LoadBenchOptions {
  /** Simulated students, each with its own identity, submitting in a closed loop. */
  students: number;
  warmupMs: number;
  durationMs: number;
  /** 'separate': API and grading worker in two processes; 'in-process': one process runs both. */
  layout: 'separate' | 'in-process';
  /** Sandbox worker processes of each grading worker (GRADING_WORKERS). */
  gradingWorkers: number;
  /** graphile-worker jobs in flight per grading worker process (default: gradingWorkers). */
  workerConcurrency?: number;
  /**
   * Submissions per second offered by all students together: each then waits for its turn
   * (students / rate seconds apart) instead of submitting again at once. Absent: a closed loop.
   */
  ratePerSecond?: number;
}

export interface LoadBenchResult {
  options: LoadBenchOptions;
  /** Results stored during the measured window. */
  completed: number;
  gradingsPerSecond: number;
  /** POST /api/submissions → NOTIFY of the stored result, for submissions made in the window. */
  p50Ms: number;
  p95Ms: number;
  /** Answers other than 202, or requests that failed. */
  rejected: number;
  /** Stored results with status 'error' (a platform fault). */
  errorResults: number;
  /** Accepted but without a result 60 s after the end. */
  lost: number;
  /** Statuses of the results of submissions made in the window ('passed', 'failed', 'error'). */
  statuses: Record<string, number>;
  /** CPU milliseconds per completed grading, by process group, over the window. */
  cpuMsPerGrading: Record<string, number>;
  firstRejection?: string;
}

interface Variant {
  slug: string;
  code: string;
  mode: 'run' | 'submit';
}

/** Correct and wrong answers (the first known mistake) of each exercise, in both modes. */
async function loadVariants(): Promise<Variant[]> {
  const variants: Variant[] = [];
  for (const slug of LOAD_EXERCISES) {
    const exercise = await loadExercise(slug);
    for (const code of [exercise.solution, exercise.mistakes[0]!.code]) {
      for (const mode of ['run', 'submit'] as const) variants.push({ slug, code, mode });
    }
  }
  return variants;
}

/** Forks a bench platform process (serve.ts) and waits for it to be ready. */
function startServer(env: Record<string, string>, logFd: number): Promise<{ child: ChildProcess; url?: string }> {
  const child = fork(join(repoRoot, 'tests/bench/serve.ts'), [], {
    execArgv: ['--no-node-snapshot', '--import', 'tsx'],
    cwd: repoRoot,
    stdio: ['ignore', logFd, logFd, 'ipc'],
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info', ...env },
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message: { url?: string }) => resolve({ child, url: message.url }));
    child.once('exit', (code) => reject(new Error(`a bench server exited with code ${code} while starting (log: ${logPath})`)));
  });
}

const logDir = join(dataRoot, 'bench');
const logPath = join(logDir, 'load.log');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Many students at once: each signs in, then submits a small exercise (correct or wrong,
 * Run or Submit), waits for its stored result and submits again, for `durationMs` after a
 * warm-up. Throughput counts results stored in the window; latency runs from the POST to
 * the 'result' NOTIFY on `submission_events`, the event the page's stream follows.
 */
export async function benchLoad(options: LoadBenchOptions): Promise<LoadBenchResult> {
  const variants = await loadVariants();
  const database = await startTestDatabase();
  mkdirSync(logDir, { recursive: true });
  const logFd = openSync(logPath, 'w');
  const servers: ChildProcess[] = [];
  const listener = new pg.Client({ connectionString: database.url });
  const waiting = new Map<string, (status: string) => void>();
  const early = new Map<string, string>();
  try {
    const workerEnv = { DATABASE_URL: database.url, GRADING_WORKERS: String(options.gradingWorkers), WORKER_CONCURRENCY: String(options.workerConcurrency ?? options.gradingWorkers) };
    const api = await startServer({ ...workerEnv, BENCH_ROLE: options.layout === 'in-process' ? 'both' : 'api' }, logFd);
    servers.push(api.child);
    const cpuGroups: CpuGroups = { own: {}, descendants: {}, postmasterMatching: 'postgres-test' };
    if (options.layout === 'separate') {
      const worker = await startServer({ ...workerEnv, BENCH_ROLE: 'worker' }, logFd);
      servers.push(worker.child);
      cpuGroups.own = { api: api.child.pid!, 'worker (queue, DB client, pool)': worker.child.pid! };
      cpuGroups.descendants = { 'sandbox (transpile, isolate, checks)': worker.child.pid! };
    } else {
      cpuGroups.own = { 'api + worker (queue, DB client, pool)': api.child.pid! };
      cpuGroups.descendants = { 'sandbox (transpile, isolate, checks)': api.child.pid! };
    }
    cpuGroups.own['bench clients'] = process.pid;
    const url = api.url!;

    await listener.connect();
    await listener.query('LISTEN submission_events');
    listener.on('notification', (message) => {
      const event = JSON.parse(message.payload ?? '{}') as { id: string; type: string; status: string };
      if (event.type !== 'result') return;
      const done = waiting.get(event.id);
      if (done) done(event.status);
      else early.set(event.id, event.status);
    });

    // One account per student (the rate limit counts per student), created directly in the database.
    const cookies: string[] = [];
    const accounts = new pg.Pool({ connectionString: database.url, max: 1 });
    try {
      for (let i = 0; i < options.students; i++) {
        await createAccount(accounts, { name: `Load Student ${i}`, email: `load-student-${i}@bench.example`, password: 'bench-password' });
      }
    } finally {
      await accounts.end();
    }
    for (let i = 0; i < options.students; i++) {
      const body = JSON.stringify({ email: `load-student-${i}@bench.example`, password: 'bench-password' });
      const response = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      if (response.status !== 200) throw new Error(`sign-in answered ${response.status}`);
      cookies.push(response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; '));
    }

    // The load generator shares the machine's two cores with the platform: node:http on kept-alive
    // connections costs it about half of what fetch does per request.
    const agent = new http.Agent({ keepAlive: true, maxSockets: options.students });
    const startedAt = performance.now();
    const windowStart = startedAt + options.warmupMs;
    const windowEnd = windowStart + options.durationMs;
    const latencies: number[] = [];
    const statuses: Record<string, number> = {};
    let completed = 0;
    let rejected = 0;
    let errorResults = 0;
    let lost = 0;
    let firstRejection: string | undefined;
    let sequence = 0;

    const oneSubmission = async (student: number) => {
      const variant = variants[(student + sequence) % variants.length]!;
      // A unique trailing comment: every submission is new code, as in a class (no transpile cache hit).
      const code = `${variant.code}\n// student ${student}, submission ${sequence++}\n`;
      const started = performance.now();
      let id: string;
      try {
        const response = await postJson(agent, `${url}/api/submissions`, cookies[student]!, JSON.stringify({ exercise: variant.slug, code, mode: variant.mode }));
        if (response.status !== 202) throw new Error(`${response.status} ${response.body.slice(0, 200)}`);
        id = (JSON.parse(response.body) as { id: string }).id;
      } catch (error) {
        rejected++;
        firstRejection ??= (error as Error).message;
        await sleep(100);
        return;
      }
      const status = early.get(id) ?? (await resultOf(id));
      early.delete(id);
      if (status === undefined) {
        lost++;
        return;
      }
      const finished = performance.now();
      if (finished >= windowStart && finished < windowEnd) completed++;
      if (started >= windowStart && started < windowEnd) {
        latencies.push(finished - started);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status === 'error') errorResults++;
      }
    };
    /** The stored result's status, or undefined when none came within 60 s of the window's end. */
    const resultOf = (id: string) =>
      new Promise<string | undefined>((resolve) => {
        const giveUp = setTimeout(() => resolve(undefined), Math.max(0, windowEnd - performance.now()) + 60_000);
        waiting.set(id, (status) => {
          clearTimeout(giveUp);
          waiting.delete(id);
          resolve(status);
        });
      });

    let cpuBefore: Record<string, number> = {};
    let cpuAfter: Record<string, number> = {};
    const cpuSampler = (async () => {
      await sleep(options.warmupMs);
      cpuBefore = readCpuSeconds(cpuGroups);
      await sleep(options.durationMs);
      cpuAfter = readCpuSeconds(cpuGroups);
    })();
    await Promise.all(
      cookies.map(async (_, student) => {
        // Each student's turn comes every `period` ms when paced; none otherwise (a closed loop).
        const period = options.ratePerSecond ? (options.students / options.ratePerSecond) * 1000 : 0;
        // Students arrive spread over one period (a second in a closed loop), not all in the same millisecond.
        await sleep((student / options.students) * (period || 1_000));
        for (let turn = performance.now(); performance.now() < windowEnd; ) {
          await oneSubmission(student);
          turn += period;
          if (period && turn > performance.now()) await sleep(turn - performance.now());
        }
      }),
    );
    await cpuSampler;
    agent.destroy();
    const cpu = diffCpu(cpuAfter, cpuBefore);
    return {
      options,
      completed,
      gradingsPerSecond: completed / (options.durationMs / 1000),
      p50Ms: latencies.length ? percentile(latencies, 50) : NaN,
      p95Ms: latencies.length ? percentile(latencies, 95) : NaN,
      rejected,
      errorResults,
      lost,
      statuses,
      cpuMsPerGrading: Object.fromEntries(Object.entries(cpu).map(([name, seconds]) => [name, (seconds * 1000) / Math.max(1, completed)])),
      firstRejection,
    };
  } finally {
    await listener.end().catch(() => undefined);
    await Promise.all(servers.map((child) => stopServer(child)));
    closeSync(logFd);
    await database.stop();
  }
}

/** POST of a JSON body with a session cookie; the answer's status and text. */
function postJson(agent: http.Agent, url: string, cookie: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.send('stop');
  });
}
