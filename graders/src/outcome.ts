import { z } from 'zod';
import { LocalizedSchema, type Localized } from './localized';

/**
 * Why a check passed or failed, asked in this order: present → type → shape → finite → close.
 * The code is for machines (stable, stored), the message for students.
 */
export const OutcomeCodeSchema = z.enum([
  'ok',
  'missing', // the export does not exist or is not a function
  'type', // wrong kind of value (a number where a matrix was expected, …)
  'shape', // right kind, wrong dimensions
  'not-finite', // NaN or ±Infinity where a finite number was expected
  'value', // finite, right shape, outside the tolerance
  'gradient', // analytic gradient disagrees with finite differences or the reference
  'statistic', // a statistical test rejected the distribution
  'threw', // the student's function threw
  'time-limit', // CPU or wall-clock budget exhausted
  'memory-limit', // isolate memory limit or worker RSS cap reached
  'invalid-result', // the returned value is not plain data (getter, cycle, function, too large…)
]);
export type OutcomeCode = z.infer<typeof OutcomeCodeSchema>;

/** The element with the largest excess over its tolerance. */
export const WorstElementSchema = z.object({
  /** Index path into the compared value, e.g. [row, column]. */
  index: z.array(z.number().int()),
  got: z.number(),
  expected: z.number(),
  /** |got − expected| */
  error: z.number(),
  /** The tolerance that applied to this element. */
  allowed: z.number(),
});
export type WorstElement = z.infer<typeof WorstElementSchema>;

/** One row of a gradient-check table (float64 finite differences of the student's own forward). */
export const GradientRowSchema = z.object({
  /** Which gradient: 'dW1', 'dX', … */
  parameter: z.string(),
  index: z.array(z.number().int()),
  /** The student's analytic gradient. */
  analytic: z.number(),
  /** Central finite difference of the student's forward, h = 1e-5. */
  numeric: z.number(),
  /** The reference (TensorFlow.js) gradient, when one was computed. */
  reference: z.number().optional(),
  passed: z.boolean(),
});
export type GradientRow = z.infer<typeof GradientRowSchema>;

/**
 * A small picture the result page draws where a picture says more than numbers:
 * - 'line' / 'scatter': series of (x, y) points (a loss curve, a fitted line over the data);
 * - 'heatmap': `grid` rows of values (a feature map, a confusion matrix), optionally with series
 *   drawn over it in the coordinates of `extent` (a decision boundary with the data points);
 * - 'image': `image` as H×W×3 RGB values in 0..255 (colour quantization before/after).
 */
export const PlotSchema = z.object({
  kind: z.enum(['line', 'scatter', 'heatmap', 'image']),
  title: LocalizedSchema,
  series: z
    .array(
      z.object({
        name: z.string(),
        points: z.array(z.tuple([z.number(), z.number()])),
        /** How to draw the series (default: lines for 'line' plots, points otherwise). */
        style: z.enum(['line', 'points']).optional(),
      }),
    )
    .default([]),
  /** For heatmaps: rows of values, row 0 at the top. */
  grid: z.array(z.array(z.number())).optional(),
  /** Data coordinates covered by `grid` when series are drawn over it. */
  extent: z.object({ xMin: z.number(), xMax: z.number(), yMin: z.number(), yMax: z.number() }).optional(),
  /** For images: H×W×3 RGB in 0..255. */
  image: z.array(z.array(z.array(z.number()))).optional(),
  xLabel: z.string().optional(),
  yLabel: z.string().optional(),
});
export type Plot = z.infer<typeof PlotSchema>;

export const OutcomeDetailsSchema = z.object({
  /** A sample of the inputs the check used (full for visible checks, truncated for hidden ones). */
  input: z.record(z.string(), z.unknown()).optional(),
  /** Expected value (possibly truncated for display). */
  expected: z.unknown().optional(),
  /** What the student returned (possibly truncated for display). */
  got: z.unknown().optional(),
  worst: WorstElementSchema.optional(),
  gradientTable: z.array(GradientRowSchema).optional(),
  plots: z.array(PlotSchema).optional(),
});
export type OutcomeDetails = z.infer<typeof OutcomeDetailsSchema>;

export const OutcomeSchema = z.object({
  passed: z.boolean(),
  code: OutcomeCodeSchema,
  message: LocalizedSchema,
  details: OutcomeDetailsSchema.optional(),
});
export type Outcome = z.infer<typeof OutcomeSchema>;

export const pass = (message: Localized = { fr: 'Correct.', en: 'Correct.' }, details?: OutcomeDetails): Outcome => ({
  passed: true,
  code: 'ok',
  message,
  ...(details ? { details } : {}),
});

export const fail = (code: Exclude<OutcomeCode, 'ok'>, message: Localized, details?: OutcomeDetails): Outcome => ({
  passed: false,
  code,
  message,
  ...(details ? { details } : {}),
});

/** Adds the inputs a check used to its outcome, so that feedback can show them. */
export function withInput(outcome: Outcome, input: Record<string, unknown>): Outcome {
  return { ...outcome, details: { ...outcome.details, input } };
}

/** The first failing outcome, or the last one when all pass (checks often compare several values). */
export function firstFailure(...outcomes: Outcome[]): Outcome {
  return outcomes.find((o) => !o.passed) ?? outcomes[outcomes.length - 1]!;
}
