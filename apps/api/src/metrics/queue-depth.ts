import { Gauge } from 'prom-client';
import type pg from 'pg';
import { metricsRegistry } from './grading-metrics';

/** Jobs on the graphile-worker queue, by task and state, read from the database at each scrape. */
export const queueJobs = new Gauge({
  name: 'dl_queue_jobs',
  help: 'graphile-worker jobs by task and state: waiting (not locked, attempts left) or running (locked by a worker)',
  labelNames: ['task', 'state'] as const,
  registers: [metricsRegistry],
});

/**
 * Refreshes `dl_queue_jobs` from graphile-worker's jobs view; tasks without jobs read 0 once seen.
 * @example
 *   await refreshQueueDepth(pool); // before rendering the registry
 */
export async function refreshQueueDepth(pool: Pick<pg.Pool, 'query'>): Promise<void> {
  const { rows } = await pool.query<{ task: string; waiting: number; running: number }>(
    `SELECT task_identifier AS task,
            count(*) FILTER (WHERE locked_at IS NULL AND attempts < max_attempts)::int AS waiting,
            count(*) FILTER (WHERE locked_at IS NOT NULL)::int AS running
     FROM graphile_worker.jobs GROUP BY task_identifier`,
  );
  queueJobs.reset();
  queueJobs.set({ task: 'grade_submission', state: 'waiting' }, 0);
  queueJobs.set({ task: 'grade_submission', state: 'running' }, 0);
  for (const row of rows) {
    queueJobs.set({ task: row.task, state: 'waiting' }, row.waiting);
    queueJobs.set({ task: row.task, state: 'running' }, row.running);
  }
}
