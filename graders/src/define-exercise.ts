import { z } from 'zod';
import { LocalizedSchema } from './localized';

/** Platform maximums: an exercise may ask for less, never for more. */
export const MAX_LIMITS = { cpuMs: 10_000, memoryMb: 512 } as const;
/** Defaults for small exercises. */
export const DEFAULT_LIMITS = { cpuMs: 2_000, memoryMb: 128 } as const;

/** Defaults of a challenge (an exercise may set its own). */
export const DEFAULT_CHALLENGE = { cpuMs: 90_000, memoryMb: 1_024, dailyLimit: 5 } as const;

/** A challenge's rules: passing threshold, training budget, closing date and daily submissions. */
export const ChallengeSettingsSchema = z.object({
  /** Accuracy on the public half of the test set needed to pass, in [0, 1]. */
  threshold: z.number().gt(0).max(1),
  /** CPU budget of training and prediction together. */
  cpuMs: z.number().int().positive().max(900_000).default(DEFAULT_CHALLENGE.cpuMs),
  /** Isolate heap limit while training (the challenge worker's RSS cap sits above it). */
  memoryMb: z.number().int().min(64).max(4_096).default(DEFAULT_CHALLENGE.memoryMb),
  /** ISO date: the private half's accuracy is shown from then on. */
  closesAt: z.iso.datetime({ offset: true }),
  /** Graded submissions per student per day (UTC). */
  dailyLimit: z.number().int().min(1).max(100).default(DEFAULT_CHALLENGE.dailyLimit),
});
export type ChallengeSettings = z.infer<typeof ChallengeSettingsSchema>;

/** The metadata of one exercise (`exercises/<slug>/exercise.ts`), checked when the catalogue loads. */
export const ExerciseMetaSchema = z.object({
  title: LocalizedSchema,
  /** Course module: A regression, B neurons and MLPs, C convolution, D unsupervised, E MNIST. */
  module: z.enum(['A', 'B', 'C', 'D', 'E']),
  /** Position inside the module, in course order. */
  order: z.number().int().min(1),
  difficulty: z.number().int().min(1).max(3),
  /** Names the student's module must export (the CURRICULUM contract). */
  exports: z.array(z.string().regex(/^[A-Za-z_$][\w$]*$/)).min(1),
  limits: z
    .object({
      /** CPU budget over all the checks of one grading. */
      cpuMs: z.number().int().positive().max(MAX_LIMITS.cpuMs).default(DEFAULT_LIMITS.cpuMs),
      /** Isolate heap limit. */
      memoryMb: z.number().int().min(8).max(MAX_LIMITS.memoryMb).default(DEFAULT_LIMITS.memoryMb),
    })
    .default({ ...DEFAULT_LIMITS }),
  tags: z.array(z.string()).default([]),
  /** Present for the MNIST challenges (module E): graded by training in the sandbox, ranked on a leaderboard. */
  challenge: ChallengeSettingsSchema.optional(),
});
export type ExerciseMeta = z.infer<typeof ExerciseMetaSchema>;
export type ExerciseMetaInput = z.input<typeof ExerciseMetaSchema>;

/** Declares an exercise's metadata; validated here so that a broken exercise fails at load with its reason. */
export function defineExercise(meta: ExerciseMetaInput): ExerciseMeta {
  return ExerciseMetaSchema.parse(meta);
}
