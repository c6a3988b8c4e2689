import { z } from 'zod';
import { LocalizedSchema } from '../localized';
import { GradingModeSchema, GradingResultSchema } from '../result';

/** The supervisor asks a worker to grade one submission (one task at a time per worker). */
export const GradeTaskMessageSchema = z.object({
  type: z.literal('grade'),
  /** Supervisor-chosen id, echoed in every reply about this task. */
  taskId: z.number().int(),
  slug: z.string(),
  /** Folder of an authored exercise (written by materialiseExercise); absent for a catalogue one. */
  folder: z.string().optional(),
  code: z.string(),
  mode: GradingModeSchema,
  seed: z.number().int().min(0).max(0xffff_ffff),
});
export type GradeTaskMessage = z.infer<typeof GradeTaskMessageSchema>;

/** What a worker tells its supervisor. */
export const WorkerMessageSchema = z.discriminatedUnion('type', [
  /** Started, reference backend initialised: ready for tasks. */
  z.object({ type: z.literal('ready'), referenceBackend: z.string() }),
  /**
   * The exercise is loaded: its CPU budget (for the supervisor's deadline) and the checks selected,
   * so that the supervisor can still list them if it must kill the worker.
   */
  z.object({
    type: z.literal('started'),
    taskId: z.number().int(),
    cpuMs: z.number(),
    checks: z.array(z.object({ id: z.string(), title: LocalizedSchema, visible: z.boolean(), points: z.number() })),
  }),
  z.object({ type: z.literal('progress'), taskId: z.number().int(), done: z.number().int(), total: z.number().int() }),
  /** A challenge's training reported (epoch, loss); CPU time used against its budget. */
  z.object({ type: z.literal('training'), taskId: z.number().int(), epoch: z.number(), loss: z.number(), cpuMs: z.number(), budgetMs: z.number() }),
  z.object({ type: z.literal('result'), taskId: z.number().int(), result: GradingResultSchema }),
  /** The task could not be graded at all (unknown exercise, a catalogue that does not load). */
  z.object({ type: z.literal('task-error'), taskId: z.number().int(), message: z.string() }),
  /** An uncaught error: the worker exits right after sending it. */
  z.object({ type: z.literal('fatal'), message: z.string() }),
]);
export type WorkerMessage = z.infer<typeof WorkerMessageSchema>;
