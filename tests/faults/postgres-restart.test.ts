// Postgres restarted under load, on a dedicated embedded server (its own port and data folder:
// the shared test server must not go down under other test files). While it is down the API
// answers 503 (never 500, never a crash); it recovers by itself once Postgres is back, and every
// submission it accepted (202) is graded, with exactly one result.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedServer, type EmbeddedServer } from '@dl/infra';
import { DEMO_USERS, demoPassword, logger, startPlatformServices, type PlatformHandle } from '@dl/api';
import { sleep, waitFor } from './processes';
import { DENSE_SOLUTION, isFinal, jobsLeft, readSubmission } from './submissions';

/** A port nobody listens on, unless PGPORT_FAULT_TEST says which (a server left by a killed run must not be reused). */
async function freePort(): Promise<number> {
  if (process.env.PGPORT_FAULT_TEST) return Number(process.env.PGPORT_FAULT_TEST);
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

describe('Postgres restarted under load', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dl-postgres-restart-'));
  let server: EmbeddedServer | undefined;
  let platform: PlatformHandle | undefined;
  let port = 0;
  beforeAll(async () => {
    logger.level = process.env.LOG_LEVEL ?? 'error';
    port = await freePort();
    server = await startEmbeddedServer({ dataDir, port });
    expect(server.owned).toBe(true); // a server of our own, that we may stop
    platform = await startPlatformServices({
      databaseUrl: server.url, apiPort: 0, host: '127.0.0.1', withWorker: true, gradingWorkers: 1, cookieSecret: 'test-secret', submissionsPerMinute: 100_000,
    });
  }, 180_000);
  afterAll(async () => {
    await platform?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('answers 503 while it is down, recovers by itself, and loses no accepted submission', async () => {
    const api = (path: string, init?: RequestInit) => fetch(`${platform!.url}${path}`, init);
    const signIn = await api('/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: DEMO_USERS[1].email, password: demoPassword() }) });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const submit = () => api('/api/submissions', {
      method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ exercise: 'dense-forward', code: DENSE_SOLUTION, mode: 'run' }),
    });

    // Load: a submission every 100 ms for the whole test.
    const accepted: string[] = [];
    const statuses = new Map<number, number>();
    let loading = true;
    const load = (async () => {
      while (loading) {
        const response = await submit();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status === 202) accepted.push(((await response.json()) as { id: string }).id);
        else await response.body?.cancel();
        await sleep(100);
      }
    })();

    await waitFor('accepted submissions', () => (accepted.length >= 5 ? true : undefined), 30_000);
    await server!.stop();

    const health = await waitFor('health to say the database is down', async () => {
      const response = await api('/api/health');
      return response.status === 503 ? response : undefined;
    }, 15_000, 200);
    expect(await health.json()).toMatchObject({ status: 'degraded', database: 'down', queueDepth: null });
    const refused = await submit();
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(await refused.json()).toMatchObject({ statusCode: 503, message: expect.stringMatching(/database is unavailable/) });
    const session = await api('/api/session', { headers: { cookie } });
    expect(session.status).toBe(503);
    await sleep(2_000); // the load keeps running into the outage

    server = await startEmbeddedServer({ dataDir, port });
    await waitFor('health to recover', async () => ((await api('/api/health')).status === 200 ? true : undefined), 30_000, 250);
    const acceptedAfter = accepted.length;
    await waitFor('new submissions to be accepted again', () => (accepted.length >= acceptedAfter + 3 ? true : undefined), 30_000);
    loading = false;
    await load;

    expect([...statuses.keys()].sort()).toEqual([202, 503]);
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      await waitFor('every accepted submission to be graded', async () => {
        const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM submissions WHERE id = ANY($1) AND status IN ('passed', 'failed', 'error')`, [accepted]);
        return rows[0]!.n === accepted.length ? true : undefined;
      }, 120_000, 500);
      for (const id of accepted) {
        const row = await readSubmission(client, id);
        expect(isFinal(row) && row.result !== null, id).toBe(true);
        expect(row.status, id).toBe('passed');
      }
      // graphile-worker deletes a job just after its task has stored the result. One whose deletion
      // the outage cut off stays locked by the worker: its own sweep frees it (30 s lock age, 15 s
      // sweeps), it runs again, finds its result stored, and is deleted.
      await waitFor('every job to be completed', async () => {
        for (const id of accepted) if ((await jobsLeft(client, id)) !== 0) return undefined;
        return true;
      }, 90_000, 250);
    } finally {
      await client.end();
    }
  }, 240_000);
});
