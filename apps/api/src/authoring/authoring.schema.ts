import { z } from 'zod';
import { requiredString, strictBody } from '../http/zod-messages';

const SlugSchema = requiredString()
  .min(3, 'must be at least 3 characters')
  .max(60, 'must be at most 60 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by single dashes (e.g. scale-vector)');

/** Body of POST /api/authoring/exercises. */
export const CreateExerciseSchema = strictBody({
  slug: SlugSchema,
  courseId: requiredString().uuid('must be a course id'),
  /** An exercise to start from (a copy of its files); the template otherwise. */
  from: SlugSchema.optional(),
});

/** Body of PUT /api/authoring/exercises/:slug (the files are checked one by one afterwards). */
export const SaveDraftSchema = strictBody({ files: z.record(z.string(), z.unknown()) });

/** Body of POST /api/authoring/import: a zip archive holding one exercise folder, in base64. */
export const ImportArchiveSchema = strictBody({
  courseId: requiredString().uuid('must be a course id'),
  archive: requiredString().max(240 * 1024, 'is larger than an exercise archive may be').regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
});

/** What the last validation of a draft found (stored as jsonb on the exercise). */
export interface DraftValidation {
  status: 'queued' | 'running' | 'done' | 'error';
  draftHash: string;
  /** True when the solution passed, the starter and every mistake failed; null until done. */
  ok: boolean | null;
  rows?: Array<{ subject: string; expectation: string; passed: boolean; detail: string }>;
  error?: string;
}
