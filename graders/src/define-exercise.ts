import { z } from 'zod';
import { LocalizedSchema } from './localized';

/** Platform maximums: an exercise may ask for less, never for more. */
export const MAX_LIMITS = { cpuMs: 10_000, memoryMb: 512 } as const;
/** Defaults for small exercises. */
export const DEFAULT_LIMITS = { cpuMs: 2_000, memoryMb: 128 } as const;

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
});
export type ExerciseMeta = z.infer<typeof ExerciseMetaSchema>;
export type ExerciseMetaInput = z.input<typeof ExerciseMetaSchema>;

/** Declares an exercise's metadata; validated here so that a broken exercise fails at load with its reason. */
export function defineExercise(meta: ExerciseMetaInput): ExerciseMeta {
  return ExerciseMetaSchema.parse(meta);
}
