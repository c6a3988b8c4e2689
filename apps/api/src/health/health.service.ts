import { Inject, Injectable } from '@nestjs/common';
import type pg from 'pg';
import { API_CONFIG, type ApiConfig } from '../config';
import { PG_POOL } from '../database/database.module';
import { logger } from '../logger';

/** Body of GET /api/health. */
export interface HealthReport {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
  referenceBackend: string;
  /** Grading jobs waiting for a worker (null when the database is down). */
  queueDepth: number | null;
}

const PING_TIMEOUT_MS = 2_000;

@Injectable()
export class HealthService {
  private localBackend?: Promise<string>;

  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async report(): Promise<HealthReport> {
    try {
      const { rows } = await withTimeout(
        this.pool.query<{ depth: number; backend: string | null }>(
          `SELECT (SELECT count(*)::int FROM graphile_worker.jobs WHERE locked_at IS NULL AND attempts < max_attempts) AS depth,
                  (SELECT reference_backend FROM worker_heartbeats WHERE beat_at > now() - interval '30 seconds'
                   ORDER BY beat_at DESC LIMIT 1) AS backend`,
        ),
        PING_TIMEOUT_MS,
      );
      const referenceBackend = rows[0].backend ?? (await this.backendWithoutWorkers());
      return { status: 'ok', database: 'up', referenceBackend, queueDepth: rows[0].depth };
    } catch (error) {
      logger.warn({ err: error }, 'health check: database unreachable');
      return { status: 'degraded', database: 'down', referenceBackend: await this.backendWithoutWorkers(), queueDepth: null };
    }
  }

  /**
   * The in-process pool's backend when the worker runs here; else, with no live worker to
   * ask, the backend the reference library selects on this machine (loaded on first use).
   */
  private backendWithoutWorkers(): Promise<string> {
    const inProcess = this.config.referenceBackend?.();
    if (inProcess) return Promise.resolve(inProcess);
    this.localBackend ??= import('@dl/reference').then((reference) => reference.initReferenceBackend());
    return this.localBackend;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
