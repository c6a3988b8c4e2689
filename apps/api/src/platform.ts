import type { AddressInfo } from 'node:net';
import { migrate } from '@dl/infra';
import { challengeWorkersFromEnv, startChallengeWorker, type ChallengeWorkerHandle } from './challenges/challenge-worker';
import { createApiApp } from './create-app';
import type { Grader } from './grading/grader';
import { startGradingWorker, type GradingWorkerHandle } from './grading/grading-worker-runner';
import { resolveCookieSecret } from './identity/cookie-secret';
import { logger } from './logger';

export interface PlatformOptions {
  databaseUrl: string;
  /** 0 picks a free port (tests). */
  apiPort: number;
  /** Also run the grading worker in this process (tests, the bench); production runs worker-main.ts. */
  withWorker: boolean;
  /** Concurrent gradings, and size of the grading pool created when `grader` is not given. */
  gradingWorkers?: number;
  /** A grading pool to use instead of creating one. */
  grader?: Grader;
  /** Concurrent challenge gradings (own queue and pool; default env CHALLENGE_WORKERS, else 1; 0: none). */
  challengeWorkers?: number;
  /** A pool for challenge gradings to use instead of creating one. */
  challengeGrader?: Grader;
  /** Defaults to env COOKIE_SECRET or the secret kept in .data/. */
  cookieSecret?: string;
  /** Interface to listen on (default: all). */
  host?: string;
  /** Submissions a student may make per minute (default env SUBMISSIONS_PER_MINUTE, else 60). */
  submissionsPerMinute?: number;
}

export interface PlatformHandle {
  /** Base URL of the API, e.g. http://127.0.0.1:4000 (paths start with /api). */
  url: string;
  port: number;
  /** The grader of the in-process worker, when there is one. */
  grader?: Grader;
  /** Stops the API, then the worker (jobs in flight finish), then the pool it created. */
  close(): Promise<void>;
}

/**
 * Jobs a worker process takes from the queue at once: more than its sandbox processes, so that
 * the database round trips of one job overlap the grading of another (the pool queues the
 * excess; a grading's deadline starts when a sandbox process starts it). Env GRADING_JOBS_IN_FLIGHT.
 */
export function jobsInFlight(gradingWorkers: number): number {
  return Number(process.env.GRADING_JOBS_IN_FLIGHT) || 4 * gradingWorkers;
}

/** Creates the grading pool of the worker process (isolates run in its child processes). */
export async function createDefaultGrader(size: number): Promise<Grader> {
  const { createGradingPool } = await import('@dl/graders/pool');
  return createGradingPool({ size });
}

/**
 * Migrates the database, then starts the HTTP API and, with `withWorker`, the grading worker
 * in the same process.
 * @example
 *   const platform = await startPlatformServices({ databaseUrl, apiPort: 0, withWorker: true });
 *   await fetch(`${platform.url}/api/health`);
 *   await platform.close();
 */
export async function startPlatformServices(options: PlatformOptions): Promise<PlatformHandle> {
  await migrate(options.databaseUrl);
  const gradingWorkers = options.gradingWorkers ?? 2;
  let grader = options.grader;
  let ownsGrader = false;
  let worker: GradingWorkerHandle | undefined;
  let challenges: ChallengeWorkerHandle | undefined;
  if (options.withWorker) {
    if (!grader) {
      grader = await createDefaultGrader(gradingWorkers);
      ownsGrader = true;
    }
    worker = await startGradingWorker({ databaseUrl: options.databaseUrl, concurrency: jobsInFlight(gradingWorkers), grader });
    const challengeWorkers = options.challengeWorkers ?? challengeWorkersFromEnv();
    if (challengeWorkers > 0) {
      challenges = await startChallengeWorker({ databaseUrl: options.databaseUrl, concurrency: challengeWorkers, grader: options.challengeGrader });
    }
  }
  const app = await createApiApp({
    databaseUrl: options.databaseUrl,
    cookieSecret: options.cookieSecret ?? resolveCookieSecret(),
    referenceBackend: () => grader?.referenceBackend,
    submissionsPerMinute: options.submissionsPerMinute ?? (process.env.SUBMISSIONS_PER_MINUTE ? Number(process.env.SUBMISSIONS_PER_MINUTE) : undefined),
  });
  await app.listen(options.apiPort, options.host ?? '0.0.0.0');
  const port = (app.getHttpServer().address() as AddressInfo).port;
  logger.info({ port, withWorker: options.withWorker }, 'API listening');
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    grader,
    close: () =>
      (closing ??= (async () => {
        await app.close();
        await worker?.close();
        await challenges?.close();
        if (ownsGrader) await grader?.close();
      })()),
  };
}
