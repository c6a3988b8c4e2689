import { z } from 'zod';
import { requiredString, strictBody } from '../http/zod-messages';

const DateTimeSchema = requiredString('must be a date-time string').pipe(
  z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time, e.g. 2026-03-01T23:59:00Z' }),
);

/** Body of POST /api/courses/:id/assignments. */
export const CreateAssignmentSchema = strictBody({
  title: requiredString().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters'),
  opensAt: DateTimeSchema,
  dueAt: DateTimeSchema,
  /** Percent taken off a late submission's score in the gradebook (0: late work counts in full). */
  latePenaltyPercent: z.number({ error: 'must be a number' }).min(0, 'must be 0 to 100').max(100, 'must be 0 to 100').default(0),
  exercises: z
    .array(
      z.strictObject({
        slug: requiredString().min(1, 'must not be empty').max(200),
        weight: z.number({ error: 'must be a number' }).positive('must be above 0').max(1000).default(1),
      }),
      { error: 'must be a list of { slug, weight }' },
    )
    .min(1, 'must name at least one exercise')
    .max(100, 'must name at most 100 exercises'),
}).refine((body) => Date.parse(body.dueAt) >= Date.parse(body.opensAt), { path: ['dueAt'], message: 'must not be before opensAt' })
  .refine((body) => new Set(body.exercises.map((e) => e.slug)).size === body.exercises.length, { path: ['exercises'], message: 'must not name an exercise twice' });
export type CreateAssignment = z.infer<typeof CreateAssignmentSchema>;
