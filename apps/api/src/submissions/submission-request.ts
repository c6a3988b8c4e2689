import { z } from 'zod';
import { GradingModeSchema } from '@dl/graders';
import { requiredString, strictBody } from '../http/zod-messages';

/** Largest accepted code, counted in UTF-8 bytes. */
export const MAX_CODE_BYTES = 64 * 1024;

/** Body of POST /api/submissions; unknown fields are refused so that typos do not pass silently. */
export const SubmissionRequestSchema = strictBody({
  /** Slug of the exercise, e.g. "dense-forward". */
  exercise: requiredString('must be a string (an exercise slug)').min(1, 'must not be empty').max(200),
  /** The student's TypeScript module, at most 64 KiB (checked after parsing, answered with 413). */
  code: requiredString(),
  /** run: visible checks only; submit: every check, counted for progress. */
  mode: z.enum(GradingModeSchema.options, {
    error: (issue) => (issue.input === undefined ? 'is required' : "must be 'run' or 'submit'"),
  }),
  /** Id of the assignment this submission counts for (optional; checked against its dates). */
  assignment: requiredString('must be a string (an assignment id)').max(100).optional(),
});
export type SubmissionRequest = z.infer<typeof SubmissionRequestSchema>;
