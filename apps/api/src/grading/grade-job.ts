import { z } from 'zod';

/** graphile-worker task name of a grading job. */
export const GRADE_JOB_TASK = 'grade_submission';

/**
 * Attempts graphile-worker makes before giving up on a job. A worker process that dies
 * mid-grading costs one; the worker stores a `crash` failure itself on the last one.
 */
export const GRADE_JOB_MAX_ATTEMPTS = 3;

/**
 * The only shape on the grading queue. Everything else (code, exercise, mode, seed) is read
 * from the submission row, so the row stays the single source of truth and a job can be
 * retried any number of times.
 */
export const GradeJobSchema = z.object({
  /** Id (uuid) of the submission to grade; also the job key, so a submission has at most one job. */
  submissionId: z.uuid(),
});
export type GradeJob = z.infer<typeof GradeJobSchema>;
