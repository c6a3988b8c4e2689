import { EventEmitter } from 'node:events';
import { Logger, makeWorkerUtils, run, type Task, type TaskList, type WorkerEvents } from 'graphile-worker';
import pg from 'pg';
import { createValidateDraftTask, VALIDATE_DRAFT_TASK } from '../authoring/validate-draft-job';
import { isDatabaseUnavailable } from '../http/database-unavailable';
import { logger } from '../logger';
import { followSandboxKills } from '../metrics/grading-metrics';
import { GRADE_CHALLENGE_TASK } from '../challenges/challenge-job';
import { REGRADE_JOB_TASK, createRegradeTask } from '../regrade/regrade-job';
import { GRADE_JOB_TASK } from './grade-job';
import type { Grader } from './grader';
import { createGradeSubmissionTask } from './grading.worker';
import { WorkerLiveness } from './stale-workers';

/** A running graphile-worker pool grading submissions. */
export interface GradingWorkerHandle {
  /** Finishes the jobs in flight, then stops taking new ones and releases the database. */
  close(): Promise<void>;
}

/**
 * graphile-worker's log lines through pino (its debug chatter stays at debug, and so does its
 * line per completed job, which repeats the job's whole row: 'submission graded' says it).
 */
const workerLogger = new Logger((scope) => (level, message, meta) => {
  const perJob = level === 'info' && message.startsWith('Completed task');
  const method = level === 'error' ? 'error' : level === 'warning' ? 'warn' : level === 'info' && !perJob ? 'info' : 'debug';
  logger[method]({ scope, ...meta }, `[graphile-worker] ${message}`);
});

/**
 * Starts `concurrency` graphile-worker workers running `grade_submission` with `grader`.
 * Jobs are picked up through LISTEN/NOTIFY (milliseconds after the API's commit); the poll
 * interval only matters for jobs freed from dead workers or scheduled for a retry.
 * Signals are left to the entry point, which closes everything in order.
 * @example
 *   const worker = await startGradingWorker({ databaseUrl, concurrency: 2, grader: pool });
 *   await worker.close();
 */
export async function startGradingWorker(options: {
  databaseUrl: string;
  concurrency: number;
  grader: Grader;
  /** Run `grade_challenge` (MNIST challenges, on their own workers) instead of `grade_submission`. */
  challenges?: boolean;
}): Promise<GradingWorkerHandle> {
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: options.concurrency + 4,
    // The worker's commits do not wait for their WAL to reach the disk. A crash of Postgres may
    // then lose the last few; WAL keeps their order, so the job of a lost result is never found
    // complete and runs again (same seed, same result). The API's insert of a submission keeps
    // the default: a 202 means it is on disk. (Behind PgBouncer: ignore_startup_parameters = options.)
    options: '-c synchronous_commit=off',
  });
  pool.on('error', (error) => logger.warn({ err: error }, 'idle worker database client failed'));
  // A connection dropped while checked out must not crash the process (graphile-worker checks for this).
  pool.on('connect', (client) => client.on('error', (error) => logger.warn({ err: error }, 'worker database client failed')));
  const utils = await makeWorkerUtils({ pgPool: pool, logger: workerLogger });
  const liveness = new WorkerLiveness(pool, utils, options.grader.referenceBackend);
  const events: WorkerEvents = new EventEmitter();
  events.on('worker:create', ({ worker }) => liveness.track(worker.workerId));
  // graphile-worker 0.18 locks jobs with its pool's id, not a worker's: without this beat the
  // sweep took every job locked for 30 s, a live one included, for a dead worker's.
  events.on('pool:create', ({ workerPool }) => liveness.track(workerPool.id));
  events.on('job:start', ({ job }) => liveness.jobStarted(job.id));
  events.on('job:complete', ({ job }) => liveness.jobEnded(job.id));
  // Jobs fetched into the local queue are this process's from the fetch on, run or not yet.
  events.on('localQueue:getJobs:complete', ({ jobs }) => jobs.forEach((job) => liveness.jobStarted(job.id)));
  events.on('localQueue:returnJobs', ({ jobs }) => jobs.forEach((job) => liveness.jobEnded(job.id)));

  const runner = await run({
    pgPool: pool,
    concurrency: options.concurrency,
    noHandleSignals: true,
    pollInterval: 1_000,
    logger: workerLogger,
    // Small gradings come by the dozen: one query fetches the next jobs for every slot instead
    // of one query per job (measured: ~1 ms less database CPU per grading). Challenges take
    // minutes each, and one process must not hold a second while another process sits idle.
    ...(options.challenges ? {} : { preset: { worker: { localQueue: { size: options.concurrency + 1 } } } }),
    events,
    taskList: waitingOutDatabaseOutages(
      pool,
      options.challenges
        ? { [GRADE_CHALLENGE_TASK]: createGradeSubmissionTask({ pool, grader: options.grader, challenge: true }) }
        : {
            [GRADE_JOB_TASK]: createGradeSubmissionTask({ pool, grader: options.grader }),
            [REGRADE_JOB_TASK]: createRegradeTask({ pool, grader: options.grader }),
            [VALIDATE_DRAFT_TASK]: createValidateDraftTask({ pool, grader: options.grader, concurrency: options.concurrency }),
          },
    ),
  });
  await liveness.start();
  const stopFollowingKills = options.grader.stats ? followSandboxKills(() => options.grader.stats!()) : () => undefined;
  let closing: Promise<void> | undefined;
  return {
    close: () =>
      (closing ??= (async () => {
        await runner.stop();
        stopFollowingKills();
        await liveness.stop();
        await utils.release();
        await pool.end();
      })()),
  };
}

/** Longest a task waits for an unreachable database before giving its job back to the queue. */
const DATABASE_WAIT_MS = 120_000;

/**
 * Wraps each task so that one failing because the database went away waits until it is back
 * before failing: graphile-worker records the failure (and schedules the retry) only once it
 * can reach the database again, instead of trying while it is down and leaving the job locked.
 */
function waitingOutDatabaseOutages(pool: pg.Pool, tasks: TaskList): TaskList {
  return Object.fromEntries(
    Object.entries(tasks).map(([name, task]) => [
      name,
      (async (payload, helpers) => {
        try {
          return await (task as Task)(payload, helpers);
        } catch (error) {
          if (isDatabaseUnavailable(error)) {
            helpers.logger.warn(`database unreachable during ${name}; waiting for it before giving the job back`);
            await waitForDatabase(pool, DATABASE_WAIT_MS);
          }
          throw error;
        }
      }) satisfies Task,
    ]),
  );
}

async function waitForDatabase(pool: pg.Pool, timeoutMs: number): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 500))) {
    if (await pool.query('SELECT 1').then(() => true, () => false)) return;
  }
}
