import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '@dl/infra';
import { createDefaultGrader, startGradingWorker, type Grader, type GradingWorkerHandle } from '@dl/api';
import { startApiUnderTest, type ApiUnderTest } from './api-under-test';

const solution = readFileSync(join(repoRoot, 'exercises', 'dense-forward', 'solution.ts'), 'utf8');

// A worker process that dies mid-grading leaves its job locked (graphile-worker would wait
// 4 hours). Here the "dead worker" is simulated in the database exactly as it would be left:
// the job locked a minute ago by a worker id with no heartbeat, the submission running.
describe('recovery from a dead grading worker', () => {
  let api: ApiUnderTest;
  let client: pg.Client;
  let grader: Grader | undefined;
  let worker: GradingWorkerHandle | undefined;
  beforeAll(async () => {
    api = await startApiUnderTest({ withWorker: false });
    client = new pg.Client({ connectionString: api.database.url });
    client.on('error', () => undefined); // the test database is dropped under it at the end
    await client.connect();
  });
  afterAll(async () => {
    await worker?.close();
    await grader?.close();
    await client?.end();
    await api?.close();
  });

  const abandon = async (id: string, attemptsStarted: number) => {
    await client.query(
      `UPDATE graphile_worker._private_jobs SET locked_by = 'dead-worker', locked_at = now() - interval '1 minute', attempts = $2
       WHERE key = $1`,
      [id, attemptsStarted],
    );
    await client.query(`UPDATE submissions SET status = 'running', attempts = $2 WHERE id = $1`, [id, attemptsStarted]);
  };

  const waitFinal = async (id: string) => {
    for (let i = 0; i < 600; i++) {
      const { rows } = await client.query('SELECT status, attempts, result FROM submissions WHERE id = $1', [id]);
      if (['passed', 'failed', 'error'].includes(rows[0].status)) return rows[0];
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`submission ${id} never finished`);
  };

  it('frees jobs of dead workers on start: one crash is retried, two crashes end as failed (crash)', async () => {
    const cookie = await api.signIn('Ada');
    const submitSolution = async () =>
      (await (await api.submit(cookie, { exercise: 'dense-forward', code: solution, mode: 'submit' })).json()).id as string;
    const onceCrashed = await submitSolution();
    const twiceCrashed = await submitSolution();
    await abandon(onceCrashed, 1);
    await abandon(twiceCrashed, 2);

    grader = await createDefaultGrader(2);
    worker = await startGradingWorker({ databaseUrl: api.database.url, concurrency: 2, grader });

    const retried = await waitFinal(onceCrashed);
    expect(retried).toMatchObject({ status: 'passed', attempts: 2 });
    const givenUp = await waitFinal(twiceCrashed);
    expect(givenUp).toMatchObject({ status: 'failed', attempts: 3, result: { failure: { reason: 'crash' } } });
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM graphile_worker._private_jobs WHERE locked_by = 'dead-worker'`);
    expect(rows[0].n).toBe(0);
  });
});
