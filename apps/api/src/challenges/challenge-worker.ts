import type { Grader } from '../grading/grader';
import { startGradingWorker, type GradingWorkerHandle } from '../grading/grading-worker-runner';
import { CHALLENGE_RSS_HEADROOM_MB, DEFAULT_CHALLENGE_WORKERS } from './challenge-job';

/** Largest isolate memory of a challenge (mnist-cnn: 1.5 GiB); env CHALLENGE_MEMORY_MB raises it. */
const LARGEST_CHALLENGE_MEMORY_MB = Number(process.env.CHALLENGE_MEMORY_MB ?? 1_536);
/** Wall-clock time beyond a challenge's CPU budget before its worker is killed (MNIST loading included). */
const CHALLENGE_WALL_SLACK_MS = 15_000;
/** Fewer gradings per worker process than small exercises: each one allocates hundreds of MB. */
const CHALLENGE_RECYCLE_AFTER = 20;

/** Concurrent challenge gradings from env CHALLENGE_WORKERS (default 1). */
export function challengeWorkersFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.CHALLENGE_WORKERS ?? DEFAULT_CHALLENGE_WORKERS);
  if (!Number.isInteger(value) || value < 0) throw new Error(`CHALLENGE_WORKERS must be a whole number, got ${env.CHALLENGE_WORKERS}`);
  return value;
}

/**
 * The grading pool of challenge gradings: the same worker processes as for small exercises,
 * with an RSS cap above the largest challenge's memory plus MNIST and Node's own.
 */
export async function createChallengeGrader(size: number): Promise<Grader> {
  const { createGradingPool } = await import('@dl/graders/pool');
  return createGradingPool({
    size,
    rssCapMb: LARGEST_CHALLENGE_MEMORY_MB + CHALLENGE_RSS_HEADROOM_MB,
    wallSlackMs: CHALLENGE_WALL_SLACK_MS,
    recycleAfterJobs: CHALLENGE_RECYCLE_AFTER,
  });
}

/** A running challenge worker and the pool it owns. */
export interface ChallengeWorkerHandle {
  grader: Grader;
  close(): Promise<void>;
}

/**
 * Starts the `grade_challenge` graphile-worker runner with `concurrency` gradings at once, on its
 * own pool (created unless `grader` is given), beside the `grade_submission` one.
 * @example
 *   const challenges = await startChallengeWorker({ databaseUrl, concurrency: 1 });
 *   await challenges.close();
 */
export async function startChallengeWorker(options: { databaseUrl: string; concurrency: number; grader?: Grader }): Promise<ChallengeWorkerHandle> {
  const grader = options.grader ?? (await createChallengeGrader(options.concurrency));
  let worker: GradingWorkerHandle;
  try {
    worker = await startGradingWorker({ databaseUrl: options.databaseUrl, concurrency: options.concurrency, grader, challenges: true });
  } catch (error) {
    if (!options.grader) await grader.close();
    throw error;
  }
  return {
    grader,
    close: async () => {
      await worker.close();
      if (!options.grader) await grader.close();
    },
  };
}
