import type { Task } from 'graphile-worker';
import type pg from 'pg';
import type { GradingResult } from '@dl/graders';
import { authoredFolder } from '../authoring/authored-sources';
import { storeChallengeResult } from '../challenges/challenge-results';
import { ChallengesRepository } from '../challenges/challenges.repository';
import { logger } from '../logger';
import { recordGrading } from '../metrics/grading-metrics';
import { SubmissionsRepository, type GradingClaim } from '../submissions/submissions.repository';
import { GRADE_JOB_MAX_ATTEMPTS, GradeJobSchema } from './grade-job';
import type { Grader } from './grader';

/**
 * Progress events are coalesced to at most one NOTIFY per this many milliseconds, the first
 * ('running', or the progress so far) one interval after the start. A grading that ends sooner
 * sends none: its 'result' event says it all, and every NOTIFY costs the database and every
 * listening API process.
 */
const PROGRESS_MIN_INTERVAL_MS = 50;

/**
 * The graphile-worker task `grade_submission`: load the submission and mark it running
 * (skip it when already final: a retried or duplicate job), grade it in the pool while
 * publishing progress, store the result once with its final event.
 * A throw from the pool is a platform fault: graphile-worker retries it, and the last
 * attempt stores an `error` result so that the submission still ends.
 */
export function createGradeSubmissionTask(options: { pool: pg.Pool; grader: Grader; challenge?: boolean }): Task {
  const { pool, grader } = options;
  // Challenges (grade_challenge) also stream training progress, keep their queue's positions
  // current and store their measures for the leaderboard.
  const store = options.challenge ? storeChallengeResult : (db: pg.Pool, id: string, result: GradingResult) => SubmissionsRepository.storeResult(db, id, result);
  return async (payload, helpers) => {
    const takenAt = performance.now();
    const { submissionId } = GradeJobSchema.parse(payload);
    const log = logger.child({ submissionId, jobId: helpers.job.id, attempt: helpers.job.attempts });
    const claim = await SubmissionsRepository.claim(pool, submissionId);
    if (!claim) {
      log.info('submission already graded or gone; nothing to do');
      return;
    }
    // Two earlier attempts started and never stored a result: their worker died under this code.
    if (claim.attempts > GRADE_JOB_MAX_ATTEMPTS - 1) {
      log.warn({ attempts: claim.attempts }, 'submission took down its worker twice; not graded again');
      return finish(pool, submissionId, crashResult(claim, grader.referenceBackend), log, takenAt, store);
    }
    // A challenge left the queue: every waiting one learns its new position.
    if (options.challenge) await ChallengesRepository.publishQueuePositions(pool).catch((error) => log.warn({ err: error }, 'could not publish queue positions'));

    const progress = coalescedProgress((done, total) =>
      SubmissionsRepository.notify(pool, { id: submissionId, type: 'progress', status: 'running', done, total }).catch((error) =>
        log.warn({ err: error }, 'could not publish progress'),
      ),
    );
    let result: GradingResult;
    let trainingEvents = Promise.resolve();
    try {
      // Published in order, and all before the result (a stream ends with the result).
      const onTraining = options.challenge
        ? (event: { epoch: number; loss: number; cpuMs: number; budgetMs: number }) => {
            trainingEvents = trainingEvents.then(() =>
              SubmissionsRepository.notify(pool, { id: submissionId, type: 'training', ...event }).catch((error) => log.warn({ err: error }, 'could not publish training progress')),
            );
          }
        : undefined;
      // An exercise authored in the browser is graded from the files of the version it was submitted to.
      const folder = options.challenge ? undefined : await authoredFolder(pool, claim.exercise, claim.version);
      result = await grader.grade({ slug: claim.exercise, folder, code: claim.code, mode: claim.mode, seed: claim.seed }, progress.report, onTraining);
      await trainingEvents;
    } catch (error) {
      log.error({ err: error }, 'grading failed on the platform side');
      if (helpers.job.attempts < helpers.job.max_attempts) throw error; // graphile-worker retries it
      result = errorResult(claim, grader.referenceBackend, 'The grading service failed; please submit again.');
    } finally {
      progress.stop();
    }
    await finish(pool, submissionId, result, log, takenAt, store);
  };
}

/** Stores the result with its 'result' event (one round trip), then counts it for /metrics. */
async function finish(
  pool: pg.Pool,
  submissionId: string,
  result: GradingResult,
  log: typeof logger,
  takenAt: number,
  store: (pool: pg.Pool, id: string, result: GradingResult) => Promise<boolean>,
): Promise<void> {
  const stored = await store(pool, submissionId, result);
  if (!stored) {
    log.warn('a result was already stored; this one is dropped');
    return;
  }
  const elapsedMs = performance.now() - takenAt;
  recordGrading(result, elapsedMs);
  log.info(
    { status: result.status, reason: result.failure?.reason, score: result.score, maxScore: result.maxScore, gradingMs: result.timings.totalMs, elapsedMs: Math.round(elapsedMs) },
    'submission graded',
  );
}

/**
 * Sends at most one report per interval, the first one interval after the start (nothing done
 * yet: the 'running' event); what is still pending when grading ends is dropped, since the
 * result event follows at once.
 */
function coalescedProgress(send: (done: number, total: number) => unknown) {
  let pending: [number, number] | undefined = [0, 0];
  let stopped = false;
  const timer = setInterval(() => {
    if (!pending || stopped) return;
    send(...pending);
    pending = undefined;
  }, PROGRESS_MIN_INTERVAL_MS);
  return {
    report(done: number, total: number) {
      pending = [done, total];
    },
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}

const emptyTimings = { transpileMs: 0, setupMs: 0, checksMs: 0, totalMs: 0, cpuMs: 0 };

/** The student's fault: their code took down the grading process on every attempt. */
function crashResult(claim: GradingClaim, referenceBackend: string): GradingResult {
  return {
    exercise: claim.exercise, mode: claim.mode, status: 'failed', score: 0, maxScore: 0, seed: claim.seed, checks: [],
    failure: {
      reason: 'crash',
      message: {
        fr: 'Votre code a fait planter le correcteur à chaque tentative ; il ne sera pas réessayé.',
        en: 'Your code crashed the grader on every attempt; it will not be retried.',
      },
    },
    timings: emptyTimings, referenceBackend, logs: [],
  };
}

/** A platform fault: costs the student no attempt. */
function errorResult(claim: GradingClaim, referenceBackend: string, error: string): GradingResult {
  return {
    exercise: claim.exercise, mode: claim.mode, status: 'error', score: 0, maxScore: 0, seed: claim.seed, checks: [],
    error, timings: emptyTimings, referenceBackend, logs: [],
  };
}
