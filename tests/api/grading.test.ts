import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '@dl/infra';
import { SubmissionsRepository } from '@dl/api';
import { startApiUnderTest, type ApiUnderTest } from './api-under-test';

const exerciseFile = (path: string) => readFileSync(join(repoRoot, 'exercises', 'dense-forward', path), 'utf8');
const solution = exerciseFile('solution.ts');
const wTransposed = exerciseFile('mistakes/w-transposed.ts');
const caughtBy = /^\/\/ caught-by: (\S+)/.exec(wTransposed)![1];

interface ServerEvent {
  event: string;
  data: any;
}

/** Reads a whole server-sent-event stream (it ends after the result). */
async function readEvents(response: Response): Promise<ServerEvent[]> {
  const text = await response.text();
  return text
    .split('\n\n')
    .filter((block) => block.startsWith('event:'))
    .map((block) => {
      const [eventLine, dataLine] = block.split('\n');
      return { event: eventLine.slice('event: '.length), data: JSON.parse(dataLine.slice('data: '.length)) };
    });
}

// End to end: HTTP API, graphile-worker queue and a real grading pool on a real Postgres.
describe('grading through the API', () => {
  let api: ApiUnderTest;
  let ada: string;
  beforeAll(async () => {
    api = await startApiUnderTest({ withWorker: true, gradingWorkers: 2 });
    ada = await api.signIn('Ada');
  });
  afterAll(() => api?.close());

  const submit = async (code: string, mode: 'run' | 'submit' = 'submit'): Promise<string> => {
    const response = await api.submit(ada, { exercise: 'dense-forward', code, mode });
    expect(response.status).toBe(202);
    return (await response.json()).id;
  };
  const get = async (id: string) => (await api.request(`/api/submissions/${id}`, { headers: { cookie: ada } })).json();
  const pollUntilFinal = async (id: string, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const submission = await get(id);
      if (['passed', 'failed', 'error'].includes(submission.status)) return submission;
      if (Date.now() > deadline) throw new Error(`submission ${id} still ${submission.status}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  it('grades the instructor solution as passed, with a stored result (polling)', async () => {
    const id = await submit(solution);
    const submission = await pollUntilFinal(id);
    expect(submission).toMatchObject({ id, status: 'passed', finishedAt: expect.any(String) });
    expect(submission.result).toMatchObject({ exercise: 'dense-forward', mode: 'submit', status: 'passed', referenceBackend: expect.stringMatching(/^(tensorflow|wasm|cpu)$/) });
    expect(submission.result.score).toBe(submission.result.maxScore);
    expect(submission.result.checks.every((check: { passed: boolean }) => check.passed)).toBe(true);

    const list = await (await api.request('/api/exercises', { headers: { cookie: ada } })).json();
    const dense = list.find((exercise: { slug: string }) => exercise.slug === 'dense-forward');
    expect(dense.progress).toEqual({ bestScore: submission.result.maxScore, maxScore: submission.result.maxScore, passed: true });
  });

  it('streams progress then exactly one result over server-sent events', async () => {
    const id = await submit(solution);
    const stream = await api.request(`/api/submissions/${id}/events`, { headers: { cookie: ada } });
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = await readEvents(stream);
    const results = events.filter((event) => event.event === 'result');
    expect(results).toHaveLength(1);
    expect(events.at(-1)!.event).toBe('result');
    expect(results[0].data).toMatchObject({ id, status: 'passed', result: { status: 'passed' } });
    for (const progress of events.filter((event) => event.event === 'progress')) {
      expect(progress.data).toEqual({ status: 'running', done: expect.any(Number), total: expect.any(Number) });
    }
    // Once finished, a new stream answers the result at once.
    const again = await readEvents(await api.request(`/api/submissions/${id}/events`, { headers: { cookie: ada } }));
    expect(again.map((event) => event.event)).toEqual(['result']);
  });

  it('fails a wrong answer and names the failing check', async () => {
    const submission = await pollUntilFinal(await submit(wTransposed));
    expect(submission.status).toBe('failed');
    const failing = submission.result.checks.filter((check: { passed: boolean }) => !check.passed).map((check: { id: string }) => check.id);
    expect(failing).toContain(caughtBy);
  });

  it('fails an infinite loop on the time limit while another submission still passes', async () => {
    const loopId = await submit('export function denseForward(X: number[][], W: number[][], b: number[]): number[][] { for (;;) {} }');
    const goodId = await submit(solution);
    const [loop, good] = await Promise.all([pollUntilFinal(loopId, 60_000), pollUntilFinal(goodId, 60_000)]);
    expect(good.status).toBe('passed');
    expect(loop.status).toBe('failed');
    const reasons = [loop.result.failure?.reason, ...loop.result.checks.map((check: { code: string }) => check.code)];
    expect(reasons.join(' ')).toMatch(/time-limit/);
  });

  it('keeps exactly one final result per submission', async () => {
    const id = await submit(solution, 'run');
    const first = await pollUntilFinal(id);
    const client = new pg.Client({ connectionString: api.database.url });
    client.on('error', () => undefined); // the test database is dropped under it at the end
    await client.connect();
    try {
      // A second completion (a duplicate or retried job) is refused by the status guard.
      const forged = { ...first.result, status: 'failed', score: 0 };
      expect(await SubmissionsRepository.storeResult(client, id, forged)).toBe(false);
      // A job enqueued again for a finished submission is skipped by the worker.
      await client.query(`SELECT graphile_worker.add_job('grade_submission', json_build_object('submissionId', $1::text), job_key := $1::text)`, [id]);
      for (let i = 0; i < 100; i++) {
        const { rows } = await client.query(`SELECT count(*)::int AS n FROM graphile_worker.jobs`);
        if (rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const { rows } = await client.query('SELECT status, attempts FROM submissions WHERE id = $1', [id]);
      expect(rows[0]).toEqual({ status: 'passed', attempts: 1 });
    } finally {
      await client.end();
    }
    expect(await get(id)).toEqual(first);
  });

  it('reports health with the pool’s reference backend', async () => {
    const health = await (await api.request('/api/health')).json();
    expect(health).toEqual({ status: 'ok', database: 'up', referenceBackend: api.platform.grader!.referenceBackend, queueDepth: expect.any(Number) });
  });
});
