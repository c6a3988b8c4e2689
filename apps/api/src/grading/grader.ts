import type { GradingMode, GradingResult } from '@dl/graders';

/**
 * What the worker needs of the grading pool (`createGradingPool` from '@dl/graders/pool'):
 * isolates run in the pool's own processes, never in the API.
 */
export interface Grader {
  grade(
    request: { slug: string; folder?: string; code: string; mode: GradingMode; seed?: number; cpuMs?: number },
    onProgress?: (done: number, total: number) => void,
    /** Challenges only: each report(epoch, loss) of the student's training. */
    onTraining?: (event: { epoch: number; loss: number; cpuMs: number; budgetMs: number }) => void,
  ): Promise<GradingResult>;
  /** TensorFlow.js backend computing the reference values: 'tensorflow', 'wasm' or 'cpu'. */
  readonly referenceBackend: string;
  /** Cumulative counts of the pool's sandbox processes killed, by reason (for /metrics). */
  stats?(): { kills: Record<string, number> };
  close(): Promise<void>;
}
