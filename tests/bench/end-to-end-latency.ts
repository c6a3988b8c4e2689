import pg from 'pg';
import { DEMO_USERS, demoPassword, logger, startPlatformServices } from '@dl/api';
import { loadExercise } from '@dl/exercises';
import { startTestDatabase } from '@dl/infra';
import { mean, percentile } from './stats';

export interface LatencyBenchResult {
  submissions: number;
  p50Ms: number;
  p95Ms: number;
  meanMs: number;
  failures: number;
}

/**
 * Low-load latency: one student submits, waits for the stored result, submits again.
 * Measured from the start of POST /api/submissions to the NOTIFY that follows the commit of
 * the final result (the same event that wakes the page's server-sent-event stream).
 */
export async function benchEndToEndLatency(slug: string, submissions: number): Promise<LatencyBenchResult> {
  const exercise = await loadExercise(slug);
  logger.level = process.env.LOG_LEVEL ?? 'warn'; // the platform runs in this process: keep the table readable
  const database = await startTestDatabase();
  const platform = await startPlatformServices({ databaseUrl: database.url, apiPort: 0, withWorker: true, gradingWorkers: 2, host: '127.0.0.1', submissionsPerMinute: 100_000 });
  const listener = new pg.Client({ connectionString: database.url });
  const waiting = new Map<string, () => void>();
  const early = new Set<string>();
  try {
    await listener.connect();
    await listener.query('LISTEN submission_events');
    listener.on('notification', (message) => {
      const event = JSON.parse(message.payload ?? '{}') as { id: string; type: string };
      if (event.type !== 'result') return;
      const done = waiting.get(event.id);
      if (done) done();
      else early.add(event.id);
    });
    const session = await fetch(`${platform.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: DEMO_USERS[1].email, password: demoPassword() }) });
    const cookie = session.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');

    const submitAndWait = async (i: number) => {
      const started = performance.now();
      const response = await fetch(`${platform.url}/api/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ exercise: slug, code: exercise.solution + `\n// ${i}\n`, mode: 'run' }),
      });
      if (response.status !== 202) throw new Error(`POST /api/submissions answered ${response.status}: ${await response.text()}`);
      const { id } = (await response.json()) as { id: string };
      if (!early.delete(id)) await new Promise<void>((resolve) => waiting.set(id, resolve));
      waiting.delete(id);
      return { id, ms: performance.now() - started };
    };

    for (let i = 0; i < 20; i++) await submitAndWait(-i); // warm-up: JIT, connections, transpile paths
    const times: number[] = [];
    const ids: string[] = [];
    for (let i = 0; i < submissions; i++) {
      const { id, ms } = await submitAndWait(i);
      times.push(ms);
      ids.push(id);
    }
    const check = new pg.Client({ connectionString: database.url });
    await check.connect();
    const { rows } = await check.query(`SELECT count(*)::int AS n FROM submissions WHERE id = ANY($1) AND status <> 'passed'`, [ids]);
    await check.end();
    return { submissions, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), meanMs: mean(times), failures: rows[0].n };
  } finally {
    await listener.end().catch(() => undefined);
    await platform.close();
    await database.stop();
  }
}
