import { z } from 'zod';
import { LocalizedSchema } from './localized';
import { OutcomeCodeSchema, OutcomeDetailsSchema } from './outcome';

export const GradingModeSchema = z.enum(['run', 'submit']);
/** run: visible checks only (the Run button); submit: visible and hidden checks. */
export type GradingMode = z.infer<typeof GradingModeSchema>;

/** passed/failed: grading ran (student's fault when failed); error: a platform fault, costs no attempt. */
export const GradingStatusSchema = z.enum(['passed', 'failed', 'error']);
export type GradingStatus = z.infer<typeof GradingStatusSchema>;

export const CheckResultSchema = z.object({
  /** Stable kebab-case id from the exercise's checks.ts. */
  id: z.string(),
  title: LocalizedSchema,
  visible: z.boolean(),
  points: z.number(),
  earned: z.number(),
  passed: z.boolean(),
  code: OutcomeCodeSchema,
  message: LocalizedSchema,
  details: OutcomeDetailsSchema.optional(),
  durationMs: z.number(),
});
export type CheckResult = z.infer<typeof CheckResultSchema>;

/** Why a whole grading failed before or outside the checks (the student's fault). */
export const GradingFailureSchema = z.object({
  reason: z.enum(['syntax', 'import', 'missing-export', 'top-level-threw', 'time-limit', 'memory-limit', 'crash', 'too-large', 'invalid-encoding']),
  message: LocalizedSchema,
  /** 1-based position in the student's TypeScript, for syntax errors. */
  line: z.number().int().optional(),
  column: z.number().int().optional(),
});
export type GradingFailure = z.infer<typeof GradingFailureSchema>;

export const GradingTimingsSchema = z.object({
  transpileMs: z.number(),
  /** Creating the isolate and evaluating the student's module. */
  setupMs: z.number(),
  checksMs: z.number(),
  totalMs: z.number(),
  /** CPU time the isolate used over the whole grading. */
  cpuMs: z.number(),
});

/** What a challenge grading measured (MNIST challenges only); the API stores it for the leaderboard. */
export const ChallengeMeasuresSchema = z.object({
  /** Accuracy on each half of the test set; null when the predictions were not valid or training failed. */
  publicAccuracy: z.number().min(0).max(1).nullable(),
  /** Never shown to a student before the challenge closes: the API moves it out of the stored result. */
  privateAccuracy: z.number().min(0).max(1).nullable().optional(),
  /** Wall-clock time of train, and CPU time of training and prediction against the budget. */
  trainingMs: z.number(),
  cpuMs: z.number(),
  budgetMs: z.number(),
  trainCount: z.number().int(),
  testCount: z.number().int(),
});
export type ChallengeMeasures = z.infer<typeof ChallengeMeasuresSchema>;

export const GradingResultSchema = z.object({
  exercise: z.string(),
  mode: GradingModeSchema,
  status: GradingStatusSchema,
  score: z.number(),
  maxScore: z.number(),
  /** Seed of every random input drawn: the grading is reproducible from it. */
  seed: z.number().int(),
  checks: z.array(CheckResultSchema),
  failure: GradingFailureSchema.optional(),
  /** Platform fault description when status is 'error' (never shown with a stack trace). */
  error: z.string().optional(),
  timings: GradingTimingsSchema,
  /** TensorFlow.js backend that computed the reference values: 'tensorflow' (GPU), 'wasm' or 'cpu'. */
  referenceBackend: z.string(),
  /** The student's console output, sanitised and truncated. */
  logs: z.array(z.string()).default([]),
  challenge: ChallengeMeasuresSchema.optional(),
});
export type GradingResult = z.infer<typeof GradingResultSchema>;
