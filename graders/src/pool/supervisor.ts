import { fork, type ChildProcess } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_LIMITS } from '../define-exercise';
import { ungradedResult, type SelectedCheck } from '../grade-submission';
import { text, type Localized } from '../localized';
import { GradingModeSchema, GradingResultSchema, type GradingFailure, type GradingMode, type GradingResult } from '../result';
import { WorkerMessageSchema, type GradeTaskMessage, type WorkerMessage } from './messages';
import { readRssMb } from './rss';

export interface GradingPoolOptions {
  /** Number of warm worker processes. */
  size: number;
  /** A worker whose resident memory passes this is killed (the real memory bound). Default 1024. */
  rssCapMb?: number;
  /**
   * A worker is replaced after this many gradings. Default 5000: starting one costs about 2 s of
   * CPU (Node, TensorFlow.js, the catalogue), so a replacement every 200 gradings cost ~8 ms per
   * grading; growth in memory is caught sooner by recycleAboveRssMb.
   */
  recycleAfterJobs?: number;
  /**
   * A worker still holding more than this much resident memory after a grading is replaced, so
   * that the next submission is never charged for what an earlier one left behind (V8 does not
   * always hand a disposed isolate's pages back). Default: halfway between the worker's
   * memory when it became ready and rssCapMb.
   */
  recycleAboveRssMb?: number;
  /** Wall-clock time a grading may take beyond its CPU budget before its worker is killed. Default 3000. */
  wallSlackMs?: number;
  /** Module the workers load exercises from (default `@dl/exercises`): a package name or an absolute path. */
  catalogModule?: string;
  /** Extra environment of the workers (e.g. DL_CHALLENGE_SUBSET for a challenge pool in CI). */
  env?: Record<string, string>;
}

/** A challenge's training progress, as a worker reports it (see messages.ts). */
export interface TrainingEvent {
  epoch: number;
  loss: number;
  cpuMs: number;
  budgetMs: number;
}

export interface GradingTask {
  slug: string;
  /** Folder of an authored exercise version (see materialiseExercise in @dl/exercises). */
  folder?: string;
  /** The student's TypeScript. */
  code: string;
  mode: GradingMode;
  /** Drawn from crypto when absent; returned in the result. */
  seed?: number;
  /** CPU budget used for the wall-clock deadline; defaults to the exercise's own limit. */
  cpuMs?: number;
}

export interface GradingPoolStats {
  workers: number;
  busy: number;
  queued: number;
  /** Workers killed, by reason: 'time', 'memory', 'crash', 'fatal', 'recycle'. */
  kills: Record<string, number>;
}

/** Grading worker processes under a supervisor. Isolates never run in the supervisor's process. */
export interface GradingPool {
  /** Grades one submission; resolves with a result (passed, failed or error), rejects when it cannot run (unknown exercise, pool closed). */
  grade(task: GradingTask, onProgress?: (done: number, total: number) => void, onTraining?: (event: TrainingEvent) => void): Promise<GradingResult>;
  /** TensorFlow.js backend the workers compute references with. */
  referenceBackend: string;
  stats(): GradingPoolStats;
  /** Stops every worker; pending gradings reject. */
  close(): Promise<void>;
}

interface PendingGrading {
  message: GradeTaskMessage;
  cpuMs?: number;
  onProgress?: (done: number, total: number) => void;
  onTraining?: (event: TrainingEvent) => void;
  resolve(result: GradingResult): void;
  reject(error: Error): void;
  /** Workers this grading has taken down without an explanation. */
  crashes: number;
  checks: SelectedCheck[];
  startedAt: number;
}

interface Worker {
  child: ChildProcess;
  ready: boolean;
  jobs: number;
  /** Resident memory above which it is replaced after a grading (see recycleAboveRssMb). */
  recycleAboveRssMb: number;
  grading?: PendingGrading;
  deadline?: NodeJS.Timeout;
  rssPoll?: NodeJS.Timeout;
  /** Why the supervisor killed it, when it did. */
  killedFor?: 'time' | 'memory' | 'fatal' | 'recycle' | 'close';
  killDetail?: Localized;
}

const RSS_POLL_MS = 50;
const READY_TIMEOUT_MS = 120_000;
const WORKER_ENTRY = fileURLToPath(new URL('./sandbox-worker.ts', import.meta.url));
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * Starts `size` warm grading workers and answers once they are all ready.
 * @example
 * const pool = await createGradingPool({ size: 2 });
 * const result = await pool.grade({ slug: 'dense-forward', code, mode: 'submit' });
 * await pool.close();
 */
export async function createGradingPool(options: GradingPoolOptions): Promise<GradingPool> {
  const rssCapMb = options.rssCapMb ?? 1024;
  const recycleAfterJobs = options.recycleAfterJobs ?? 5_000;
  const wallSlackMs = options.wallSlackMs ?? 3_000;
  const workers = new Set<Worker>();
  const queue: PendingGrading[] = [];
  const kills: Record<string, number> = {};
  let nextTaskId = 1;
  let closed = false;
  let referenceBackend = '';

  const spawn = (): Promise<Worker> =>
    new Promise((resolve, reject) => {
      const child = fork(WORKER_ENTRY, [], {
        execArgv: ['--no-node-snapshot', '--import', TSX_LOADER],
        serialization: 'advanced',
        // A worker's output goes to stderr: the supervisor's stdout may carry a result (grade --json).
        stdio: ['ignore', 2, 2, 'ipc'],
        env: { ...process.env, ...options.env, ...(options.catalogModule ? { DL_EXERCISE_CATALOG: options.catalogModule } : {}) },
      });
      const worker: Worker = { child, ready: false, jobs: 0, recycleAboveRssMb: options.recycleAboveRssMb ?? rssCapMb };
      workers.add(worker);
      const readyTimer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error('a grading worker did not become ready in time'));
      }, READY_TIMEOUT_MS);
      child.on('message', (raw: unknown) => {
        const parsed = WorkerMessageSchema.safeParse(raw);
        if (!parsed.success) return kill(worker, 'fatal', text('message du correcteur mal formé', 'the worker sent a malformed message'));
        if (parsed.data.type === 'ready') {
          clearTimeout(readyTimer);
          worker.ready = true;
          const readyRssMb = readRssMb(child.pid) ?? 0;
          worker.recycleAboveRssMb = options.recycleAboveRssMb ?? readyRssMb + (rssCapMb - readyRssMb) / 2;
          referenceBackend ||= parsed.data.referenceBackend;
          resolve(worker);
          dispatch();
          return;
        }
        onMessage(worker, parsed.data);
      });
      child.on('exit', (code, signal) => {
        clearTimeout(readyTimer);
        if (!worker.ready) reject(new Error(`a grading worker exited while starting (code ${code}, signal ${signal})`));
        onExit(worker, code, signal);
      });
    });

  const replace = () => {
    if (closed) return;
    spawn().catch((error: Error) => {
      process.stderr.write(`grading pool: ${error.message}; retrying\n`);
      setTimeout(replace, 1_000).unref();
    });
  };

  const dispatch = () => {
    for (const worker of workers) {
      if (queue.length === 0) return;
      if (!worker.ready || worker.grading || worker.killedFor) continue;
      assign(worker, queue.shift()!);
    }
  };

  const assign = (worker: Worker, grading: PendingGrading) => {
    worker.grading = grading;
    grading.startedAt = performance.now();
    armDeadline(worker, grading.cpuMs ?? DEFAULT_LIMITS.cpuMs);
    worker.rssPoll = setInterval(() => {
      const rssMb = readRssMb(worker.child.pid);
      if (rssMb !== undefined && rssMb > rssCapMb) kill(worker, 'memory', text(`${Math.round(rssMb)} Mo résidents, au-delà du plafond de ${rssCapMb} Mo`, `${Math.round(rssMb)} MB resident, above the ${rssCapMb} MB cap`));
    }, RSS_POLL_MS);
    worker.child.send(grading.message);
  };

  const armDeadline = (worker: Worker, cpuMs: number) => {
    clearTimeout(worker.deadline);
    const limitMs = cpuMs + wallSlackMs;
    worker.deadline = setTimeout(() => kill(worker, 'time', text(`toujours en cours après ${limitMs} ms (temps réel)`, `still running after ${limitMs} ms (wall clock)`)), limitMs);
  };

  const release = (worker: Worker) => {
    clearTimeout(worker.deadline);
    clearInterval(worker.rssPoll);
    const grading = worker.grading;
    worker.grading = undefined;
    return grading;
  };

  const kill = (worker: Worker, reason: NonNullable<Worker['killedFor']>, detail?: Localized) => {
    if (worker.killedFor) return;
    worker.killedFor = reason;
    worker.killDetail = detail;
    worker.child.kill('SIGKILL');
  };

  const onMessage = (worker: Worker, message: Exclude<WorkerMessage, { type: 'ready' }>) => {
    if (message.type === 'fatal') return kill(worker, 'fatal', text(message.message, message.message));
    const grading = worker.grading;
    if (!grading || message.taskId !== grading.message.taskId) return;
    if (message.type === 'started') {
      grading.checks = message.checks;
      armDeadline(worker, grading.cpuMs ?? message.cpuMs);
    } else if (message.type === 'progress') {
      grading.onProgress?.(message.done, message.total);
    } else if (message.type === 'training') {
      grading.onTraining?.({ epoch: message.epoch, loss: message.loss, cpuMs: message.cpuMs, budgetMs: message.budgetMs });
    } else {
      release(worker);
      worker.jobs++;
      if (message.type === 'result') grading.resolve(message.result);
      else grading.reject(new Error(message.message));
      if (worker.jobs >= recycleAfterJobs || (readRssMb(worker.child.pid) ?? 0) > worker.recycleAboveRssMb) kill(worker, 'recycle');
      dispatch();
    }
  };

  const onExit = (worker: Worker, code: number | null, signal: NodeJS.Signals | null) => {
    workers.delete(worker);
    const grading = release(worker);
    const reason = worker.killedFor ?? 'crash';
    if (reason !== 'close' && worker.ready) kills[reason] = (kills[reason] ?? 0) + 1;
    if (grading) {
      if (reason === 'time' || reason === 'memory') {
        grading.resolve(killedResult(grading, reason, worker.killDetail ?? text('', '')));
      } else if (reason === 'close') {
        grading.reject(new Error('the grading pool was closed'));
      } else if (++grading.crashes >= 2) {
        grading.resolve(killedResult(grading, 'crash', text(`code de sortie ${code}, signal ${signal}`, `exit code ${code}, signal ${signal}`)));
      } else {
        queue.unshift(grading); // an unexplained crash gets one more try, on a fresh worker
      }
    }
    if (worker.ready) replace();
    dispatch();
  };

  const killedResult = (grading: PendingGrading, reason: 'time' | 'memory' | 'crash', detail: Localized): GradingResult => {
    const failure = killFailure(reason, detail);
    const elapsedMs = performance.now() - grading.startedAt;
    return GradingResultSchema.parse({
      exercise: grading.message.slug,
      mode: grading.message.mode,
      seed: grading.message.seed,
      maxScore: grading.checks.reduce((sum, check) => sum + check.points, 0),
      ...ungradedResult(grading.checks, failure),
      timings: { transpileMs: 0, setupMs: 0, checksMs: elapsedMs, totalMs: elapsedMs, cpuMs: 0 },
      referenceBackend,
      logs: [],
    });
  };

  try {
    await Promise.all(Array.from({ length: options.size }, spawn));
  } catch (error) {
    closed = true;
    for (const worker of workers) kill(worker, 'close');
    throw error;
  }

  return {
    referenceBackend,
    grade(task, onProgress, onTraining) {
      if (closed) return Promise.reject(new Error('the grading pool is closed'));
      const message: GradeTaskMessage = {
        type: 'grade',
        taskId: nextTaskId++,
        slug: task.slug,
        ...(task.folder ? { folder: task.folder } : {}),
        code: task.code,
        mode: GradingModeSchema.parse(task.mode),
        seed: task.seed ?? randomInt(0, 2 ** 32),
      };
      return new Promise((resolve, reject) => {
        queue.push({ message, cpuMs: task.cpuMs, onProgress, onTraining, resolve, reject, crashes: 0, checks: [], startedAt: 0 });
        dispatch();
      });
    },
    stats: () => ({
      workers: workers.size,
      busy: [...workers].filter((worker) => worker.grading).length,
      queued: queue.length,
      kills: { ...kills },
    }),
    async close() {
      closed = true;
      for (const grading of queue.splice(0)) grading.reject(new Error('the grading pool was closed'));
      const exits = [...workers].map((worker) => new Promise((resolve) => worker.child.once('exit', resolve)));
      for (const worker of workers) kill(worker, 'close');
      await Promise.all(exits);
    },
  };
}

function killFailure(reason: 'time' | 'memory' | 'crash', detail: Localized): GradingFailure {
  if (reason === 'time') {
    return { reason: 'time-limit', message: text(`Limite de temps dépassée : le correcteur a été arrêté (${detail.fr}).`, `Time limit exceeded: the grader was stopped (${detail.en}).`) };
  }
  if (reason === 'memory') {
    return { reason: 'memory-limit', message: text(`Limite de mémoire dépassée : le correcteur a été arrêté (${detail.fr}).`, `Memory limit exceeded: the grader was stopped (${detail.en}).`) };
  }
  return {
    reason: 'crash',
    message: text(`La soumission a fait planter le correcteur deux fois (${detail.fr}).`, `The submission crashed the grading worker twice (${detail.en}).`),
  };
}
