import { hostname } from 'node:os';
import type pg from 'pg';
import type { WorkerUtils } from 'graphile-worker';
import { logger } from '../logger';

/** How often each worker process records that its graphile-worker ids are alive. */
export const HEARTBEAT_INTERVAL_MS = 5_000;
/** A worker id silent for this long belongs to a dead process. */
export const STALE_AFTER_MS = 30_000;
/** How often a worker process looks for jobs locked by dead workers. */
const SWEEP_INTERVAL_MS = 15_000;

/**
 * Recovery of jobs whose worker process died mid-grading.
 *
 * graphile-worker only frees a locked job after 4 hours, far too long for a student waiting
 * on a result. So every worker process records its graphile-worker ids with a heartbeat in
 * `worker_heartbeats` (every 5 s), and on start and every 15 s it looks for jobs locked
 * for more than 30 s by an id without a heartbeat in the last 30 s, and frees them with
 * graphile-worker's documented admin function `forceUnlockWorkers` (the job then runs again,
 * with its attempt counted). The 30 s lock age covers a worker that locked a job before its
 * first heartbeat was written.
 */
export class WorkerLiveness {
  private readonly workerIds = new Set<string>();
  /** Jobs this process holds now: waiting in its local queue or running (from the fetch or job:start to job:complete). */
  private readonly jobsInFlight = new Set<string>();
  private timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly pool: pg.Pool,
    private readonly utils: WorkerUtils,
    private readonly referenceBackend: string,
  ) {}

  /** Registers a graphile-worker id of this process (from the runner's `worker:create` event). */
  track(workerId: string): void {
    this.workerIds.add(workerId);
    void this.beat();
  }

  jobStarted(jobId: string): void {
    this.jobsInFlight.add(String(jobId));
  }

  jobEnded(jobId: string): void {
    this.jobsInFlight.delete(String(jobId));
  }

  async start(): Promise<void> {
    await this.beat();
    await this.sweep();
    this.timers = [
      setInterval(() => void this.beat(), HEARTBEAT_INTERVAL_MS),
      setInterval(() => void this.sweep(), SWEEP_INTERVAL_MS),
    ];
    for (const timer of this.timers) timer.unref();
  }

  /** Stops the heartbeat and removes this process's ids (a clean exit holds no jobs). */
  async stop(): Promise<void> {
    this.timers.forEach(clearInterval);
    if (this.workerIds.size) {
      await this.pool.query('DELETE FROM worker_heartbeats WHERE worker_id = ANY($1)', [[...this.workerIds]]).catch(() => undefined);
    }
  }

  private async beat(): Promise<void> {
    if (!this.workerIds.size) return;
    try {
      await this.pool.query(
        `INSERT INTO worker_heartbeats (worker_id, pid, hostname, reference_backend)
         SELECT unnest($1::text[]), $2, $3, $4
         ON CONFLICT (worker_id) DO UPDATE SET beat_at = now(), reference_backend = EXCLUDED.reference_backend`,
        [[...this.workerIds], process.pid, hostname(), this.referenceBackend],
      );
    } catch (error) {
      logger.warn({ err: error }, 'worker heartbeat failed');
    }
  }

  /**
   * A job still locked by this very process but no longer run by it: its task ended while the
   * database could not be told (an outage outlasting graphile-worker's retries). Nobody else
   * would ever free it, so it is unlocked here, and runs again.
   */
  private async freeOwnLeftovers(): Promise<void> {
    if (!this.workerIds.size) return;
    const { rows } = await this.pool.query<{ id: string }>(
      `UPDATE graphile_worker._private_jobs SET locked_by = NULL, locked_at = NULL
       WHERE locked_by = ANY($1) AND locked_at < now() - make_interval(secs => $2) AND NOT (id::text = ANY($3))
       RETURNING id::text`,
      [[...this.workerIds], STALE_AFTER_MS / 1000, [...this.jobsInFlight]],
    );
    if (rows.length) logger.warn({ jobIds: rows.map((row) => row.id) }, 'freed jobs this process had stopped running');
  }

  /** Frees the jobs of dead workers; returns their ids. */
  async sweep(): Promise<string[]> {
    try {
      const { rows } = await this.pool.query<{ locked_by: string }>(
        `SELECT DISTINCT locked_by FROM graphile_worker._private_jobs
         WHERE locked_by IS NOT NULL AND locked_at < now() - make_interval(secs => $1)
           AND locked_by NOT IN (SELECT worker_id FROM worker_heartbeats WHERE beat_at > now() - make_interval(secs => $1))`,
        [STALE_AFTER_MS / 1000],
      );
      const dead = rows.map((row) => row.locked_by);
      if (dead.length) {
        await this.utils.forceUnlockWorkers(dead);
        logger.warn({ workerIds: dead }, 'freed jobs locked by dead workers');
      }
      await this.freeOwnLeftovers();
      await this.pool.query(`DELETE FROM worker_heartbeats WHERE beat_at < now() - interval '1 day'`);
      return dead;
    } catch (error) {
      logger.warn({ err: error }, 'stale worker sweep failed');
      return [];
    }
  }
}
