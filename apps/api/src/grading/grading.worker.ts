import type { Task } from 'graphile-worker';
import type pg from 'pg';
import type { GradingResult } from '@dl/graders';
import { logger } from '../logger';
import { SubmissionsRepository, type GradingClaim } from '../submissions/submissions.repository';
import { GRADE_JOB_MAX_ATTEMPTS, GradeJobSchema } from './grade-job';
import type { Grader } from './grader';

/** Progress events are coalesced to at most one NOTIFY per this many milliseconds (the last one always goes). */
const PROGRESS_MIN_INTERVAL_MS = 50;

/**
 * The graphile-worker task `grade_submission`: load the submission (skip it when already
 * final: a retried or duplicate job), mark it running, grade it in the pool while
 * publishing progress, store the result once, publish the final event.
 * A throw from the pool is a platform fault: graphile-worker retries it, and the last
 * attempt stores an `error` result so that the submission still ends.
 */
export function createGradeSubmissionTask(options: { pool: pg.Pool; grader: Grader }): Task {
  const { pool, grader } = options;
  return async (payload, helpers) => {
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
      return finish(pool, submissionId, crashResult(claim, grader.referenceBackend), log);
    }
    await SubmissionsRepository.notify(pool, { id: submissionId, type: 'progress', status: 'running', done: 0, total: 0 });

    const progress = coalescedProgress((done, total) =>
      SubmissionsRepository.notify(pool, { id: submissionId, type: 'progress', status: 'running', done, total }).catch((error) =>
        log.warn({ err: error }, 'could not publish progress'),
      ),
    );
    let result: GradingResult;
    try {
      result = await grader.grade({ slug: claim.exercise, code: claim.code, mode: claim.mode, seed: claim.seed }, progress.report);
    } catch (error) {
      log.error({ err: error }, 'grading failed on the platform side');
      if (helpers.job.attempts < helpers.job.max_attempts) throw error; // graphile-worker retries it
      result = errorResult(claim, grader.referenceBackend, 'The grading service failed; please submit again.');
    } finally {
      progress.stop();
    }
    await finish(pool, submissionId, result, log);
  };
}

async function finish(pool: pg.Pool, submissionId: string, result: GradingResult, log: typeof logger): Promise<void> {
  const stored = await SubmissionsRepository.storeResult(pool, submissionId, result);
  if (!stored) {
    log.warn('a result was already stored; this one is dropped');
    return;
  }
  log.info({ status: result.status, score: result.score, maxScore: result.maxScore, totalMs: result.timings.totalMs }, 'submission graded');
  await SubmissionsRepository.notify(pool, { id: submissionId, type: 'result', status: result.status });
}

/** Sends the first report at once, then at most one per interval, and always the last one. */
function coalescedProgress(send: (done: number, total: number) => unknown) {
  let lastSentAt = 0;
  let pending: [number, number] | undefined;
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    if (!pending) return;
    lastSentAt = Date.now();
    send(...pending);
    pending = undefined;
  };
  return {
    report(done: number, total: number) {
      pending = [done, total];
      const wait = lastSentAt + PROGRESS_MIN_INTERVAL_MS - Date.now();
      if (wait <= 0) flush();
      else timer ??= setTimeout(flush, wait);
    },
    stop() {
      if (timer) clearTimeout(timer);
      flush();
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
