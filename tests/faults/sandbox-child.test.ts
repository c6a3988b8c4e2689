// Faults of a sandbox child (the grading pool's worker process) in the middle of a grading, on
// the real API with its grading worker in this process: SIGKILL (the supervisor retries it on a
// fresh child and the submission ends with exactly one result) and SIGSTOP (a hung child is
// caught by the supervisor's deadline, killed and replaced).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiUnderTest, type ApiUnderTest } from '../api/api-under-test';
import { busiestChild, childPids, isAlive, waitFor } from './processes';
import { DENSE_SOLUTION, isFinal, jobsLeft, readSubmission, slowDenseSolution } from './submissions';

describe('a sandbox child failing mid-grading', () => {
  let api: ApiUnderTest;
  let client: pg.Client;
  let cookie: string;
  beforeAll(async () => {
    // One child, so that the busy one is the only one.
    api = await startApiUnderTest({ withWorker: true, gradingWorkers: 1 });
    client = new pg.Client({ connectionString: api.database.url });
    client.on('error', () => undefined); // the test database is dropped under it at the end
    await client.connect();
    cookie = await api.signIn('Fault Tester');
  });
  afterAll(async () => {
    await client?.end();
    await api?.close();
  });

  const submit = async (code: string) => {
    const response = await api.submit(cookie, { exercise: 'dense-forward', code, mode: 'submit' });
    expect(response.status).toBe(202);
    return ((await response.json()) as { id: string }).id;
  };
  /** The grading child: other pools (the challenges') may have idle children beside it. */
  const gradingChild = () => waitFor('the busy sandbox child', () => busiestChild(process.pid, 'sandbox-worker'), 5_000, 0);
  const sandboxChildren = () => childPids(process.pid, 'sandbox-worker');
  const running = (id: string) => waitFor('the grading to start', async () => ((await readSubmission(client, id)).status === 'running' ? true : undefined), 20_000, 20);
  const final = (id: string) => waitFor('a final result', async () => {
    const row = await readSubmission(client, id);
    return isFinal(row) ? row : undefined;
  }, 60_000);

  it('SIGKILL: the grading is retried on a fresh child and stored once', async () => {
    const id = await submit(slowDenseSolution(1_200));
    await running(id);
    const before = sandboxChildren();
    const victim = await gradingChild();
    process.kill(victim, 'SIGKILL');
    const row = await final(id);
    expect(row).toMatchObject({ status: 'passed', attempts: 1, result: { status: 'passed' } });
    expect(isAlive(victim)).toBe(false);
    // Replaced: as many children as before, the victim not among them.
    const after = await waitFor('a replacement child', () => (sandboxChildren().length === before.length ? sandboxChildren() : undefined), 30_000);
    expect(after).not.toContain(victim);
    // graphile-worker deletes the job just after its task has stored the result.
    await waitFor('the job to be completed', async () => ((await jobsLeft(client, id)) === 0 ? true : undefined), 30_000, 100);
    // The stored result is the one result: later deliveries of the same job would find it final.
    const { rows } = await client.query('SELECT count(*)::int AS n FROM submissions WHERE id = $1 AND result IS NOT NULL', [id]);
    expect(rows[0].n).toBe(1);
  }, 90_000);

  it('SIGSTOP: a hung child is detected by its deadline, killed and replaced', async () => {
    const id = await submit(slowDenseSolution(1_200));
    await running(id);
    const before = sandboxChildren();
    const victim = await gradingChild();
    const stoppedAt = Date.now();
    process.kill(victim, 'SIGSTOP');
    const row = await final(id);
    // The supervisor cannot tell a hung process from code that never stops: the deadline
    // (2 s of CPU + 3 s) ends the grading as a time limit.
    expect(row).toMatchObject({ status: 'failed', result: { failure: { reason: 'time-limit' } } });
    expect(Date.now() - stoppedAt).toBeLessThan(10_000);
    await waitFor('the hung child to be gone', () => (isAlive(victim) ? undefined : true), 5_000);
    // Replaced: as many children as before, the victim not among them.
    const after = await waitFor('a replacement child', () => (sandboxChildren().length === before.length ? sandboxChildren() : undefined), 30_000);
    expect(after).not.toContain(victim);
    expect((await final(await submit(DENSE_SOLUTION))).status).toBe('passed');
  }, 90_000);
});
