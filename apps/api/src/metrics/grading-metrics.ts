import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { GradingResult } from '@dl/graders';

/**
 * The process's Prometheus registry: Node's default metrics (CPU, memory, event-loop lag, GC)
 * plus the grading metrics below. The API serves it at /api/metrics; a worker process on its
 * own serves it at WORKER_METRICS_PORT (worker-metrics-server.ts). When the worker runs inside
 * the API process (tests, the bench) one registry holds both.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

/** Results stored by this process, by outcome (passed, failed: the student's fault, error: the platform's). */
export const gradingsTotal = new Counter({
  name: 'dl_gradings_total',
  help: 'Grading results stored, by outcome (passed, failed, error) and failure reason',
  labelNames: ['outcome', 'reason'] as const,
  registers: [metricsRegistry],
});

/** Wall-clock time of a grading in the sandbox pool (transpile, isolate, checks). */
export const gradingDuration = new Histogram({
  name: 'dl_grading_duration_seconds',
  help: 'Time from the job being taken to the result being stored, by outcome',
  labelNames: ['outcome'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [metricsRegistry],
});

/** Sandbox worker processes killed by the pool's supervisor, by reason (time, memory, crash, fatal, recycle). */
export const sandboxKillsTotal = new Counter({
  name: 'dl_sandbox_kills_total',
  help: 'Sandbox worker processes killed by the supervisor, by reason (time, memory, crash, fatal, recycle)',
  labelNames: ['reason'] as const,
  registers: [metricsRegistry],
});

/**
 * Counts one stored result.
 * @example
 *   recordGrading(result, performance.now() - takenAt);
 */
export function recordGrading(result: GradingResult, elapsedMs: number): void {
  gradingsTotal.inc({ outcome: result.status, reason: result.failure?.reason ?? (result.status === 'error' ? 'platform' : '') });
  gradingDuration.observe({ outcome: result.status }, elapsedMs / 1000);
}

/**
 * Follows a grading pool's kill counts (`stats().kills`, cumulative) into
 * `dl_sandbox_kills_total` at each scrape; returns a function that stops following.
 */
export function followSandboxKills(stats: () => { kills: Record<string, number> }): () => void {
  const seen: Record<string, number> = {};
  const collect = () => {
    for (const [reason, count] of Object.entries(stats().kills)) {
      const delta = count - (seen[reason] ?? 0);
      if (delta > 0) sandboxKillsTotal.inc({ reason }, delta);
      seen[reason] = count;
    }
  };
  collectors.add(collect);
  return () => {
    collect();
    collectors.delete(collect);
  };
}

const collectors = new Set<() => void>();

/** The registry in Prometheus's text format, after reading the followed pools. */
export async function renderMetrics(): Promise<string> {
  for (const collect of collectors) collect();
  return metricsRegistry.metrics();
}
