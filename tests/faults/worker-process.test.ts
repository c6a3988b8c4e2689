// SIGKILL, or SIGSTOP (a hung process), of a whole grading worker process (worker-main.ts:
// graphile-worker + its grading pool) in the middle of a grading. Its job stays locked by a worker id that stops beating; a new
// worker process frees it (stale-workers.ts: lock older than 30 s, no heartbeat for 30 s),
// grades it again, and the submission ends with exactly one result.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '@dl/infra';
import { startApiUnderTest, type ApiUnderTest } from '../api/api-under-test';
import { isAlive, waitFor } from './processes';
import { isFinal, jobsLeft, readSubmission, slowDenseSolution } from './submissions';

/** Starts `tsx apps/api/src/worker-main.ts` on the test database, with one grading child. */
function startWorkerProcess(databaseUrl: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'apps', 'api', 'src', 'worker-main.ts')], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, GRADING_WORKERS: '1', CHALLENGE_WORKERS: '0', WORKER_METRICS_PORT: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

describe('a grading worker process killed or hung mid-grading', () => {
  let api: ApiUnderTest;
  let client: pg.Client;
  const workers: ChildProcess[] = [];
  beforeAll(async () => {
    api = await startApiUnderTest({ withWorker: false });
    client = new pg.Client({ connectionString: api.database.url });
    client.on('error', () => undefined); // the test database is dropped under it at the end
    await client.connect();
  });
  afterAll(async () => {
    for (const worker of workers) if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
    await client?.end();
    await api?.close();
  });

  it('is graded again by another worker process and stored once', async () => {
    const cookie = await api.signIn('Worker Fault');
    const response = await api.submit(cookie, { exercise: 'dense-forward', code: slowDenseSolution(1_500), mode: 'submit' });
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };

    const first = startWorkerProcess(api.database.url);
    workers.push(first);
    await waitFor('the first worker to start grading', async () => ((await readSubmission(client, id)).status === 'running' ? true : undefined), 60_000, 20);
    first.kill('SIGKILL');
    await waitFor('the first worker to die', () => (first.exitCode !== null || first.signalCode !== null ? true : undefined), 5_000);
    expect(first.signalCode).toBe('SIGKILL');
    // Its grading children see the IPC channel close and leave too.
    const { rows: locked } = await client.query('SELECT locked_by FROM graphile_worker._private_jobs WHERE key = $1', [id]);
    expect(locked[0]?.locked_by).toBeTruthy();
    // The lock's owner had a heartbeat: the sweep frees it only once that heartbeat stops.
    const { rows: beats } = await client.query('SELECT 1 FROM worker_heartbeats WHERE worker_id = $1', [locked[0].locked_by]);
    expect(beats).toHaveLength(1);
    expect((await readSubmission(client, id)).status).toBe('running');

    const second = startWorkerProcess(api.database.url);
    workers.push(second);
    const row = await waitFor('the retried grading', async () => {
      const current = await readSubmission(client, id);
      return isFinal(current) ? current : undefined;
    }, 90_000, 200);
    expect(row).toMatchObject({ status: 'passed', attempts: 2, result: { status: 'passed' } });
    // graphile-worker deletes the job just after its task has stored the result.
    await waitFor('the job to be completed', async () => ((await jobsLeft(client, id)) === 0 ? true : undefined), 30_000, 100);
    expect(isAlive(second.pid!)).toBe(true);
  }, 180_000);

  it('hung (SIGSTOP): its job goes to another worker; woken up later, it stores nothing twice', async () => {
    // Only the worker about to hang may take the job: the previous test's survivor leaves first.
    for (const worker of workers.splice(0)) {
      worker.kill('SIGKILL');
      await waitFor('an earlier worker to exit', () => (worker.exitCode !== null || worker.signalCode !== null ? true : undefined), 5_000);
    }
    const cookie = await api.signIn('Worker Hang');
    const response = await api.submit(cookie, { exercise: 'dense-forward', code: slowDenseSolution(1_500), mode: 'submit' });
    const { id } = (await response.json()) as { id: string };
    const hung = startWorkerProcess(api.database.url);
    workers.push(hung);
    await waitFor('the worker to start grading', async () => ((await readSubmission(client, id)).status === 'running' ? true : undefined), 60_000, 20);
    hung.kill('SIGSTOP'); // frozen: no heartbeat, no progress, the job still locked by it

    const rescuer = startWorkerProcess(api.database.url);
    workers.push(rescuer);
    const graded = await waitFor('the grading by another worker', async () => {
      const current = await readSubmission(client, id);
      return isFinal(current) ? current : undefined;
    }, 90_000, 200);
    expect(graded).toMatchObject({ status: 'passed', attempts: 2 });
    await waitFor('the job to be completed', async () => ((await jobsLeft(client, id)) === 0 ? true : undefined), 30_000, 100);

    // Woken up, the hung worker finishes what it had: the stored result and its count do not change.
    hung.kill('SIGCONT');
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const { rows } = await client.query('SELECT status, attempts, finished_at FROM submissions WHERE id = $1', [id]);
    expect(rows).toEqual([expect.objectContaining({ status: 'passed', attempts: 2 })]);
    expect(await jobsLeft(client, id)).toBe(0);
    expect(isAlive(rescuer.pid!)).toBe(true);
  }, 180_000);
});
