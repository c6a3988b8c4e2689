// A sample of the hostile corpus sent the way students send code: POST /api/submissions on the
// real API, graded by the real worker (graphile-worker + grading pool) against a course exercise.
// Each ends failed with its expected reason; afterwards a correct solution still passes, the
// API is healthy, and every submission holds exactly one final result with no job left behind.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '@dl/infra';
import { startApiUnderTest, type ApiUnderTest } from '../api/api-under-test';
import { HOSTILE_CORPUS } from './corpus';

/** Exercise-independent codes: what the sample may be held to on another exercise than its own. */
const PORTABLE_CODES = new Set(['threw', 'time-limit', 'memory-limit', 'invalid-result']);
const SAMPLE_IDS = [
  'constructor-chain-to-process', 'dynamic-import', 'static-import', 'stack-trace-callsites',
  'infinite-loop', 'never-settling-promise', 'microtask-loop', 'array-memory-bomb',
  'getter-element', 'cyclic-result', 'to-json-on-the-result', 'hostile-exception-text',
];
const SAMPLE = HOSTILE_CORPUS.filter((entry) => SAMPLE_IDS.includes(entry.id));
const FINAL = ['passed', 'failed', 'error'];

describe('hostile submissions through the API and the worker', () => {
  let api: ApiUnderTest;
  let client: pg.Client;
  let cookie: string;
  beforeAll(async () => {
    api = await startApiUnderTest({ withWorker: true, gradingWorkers: 2 });
    client = new pg.Client({ connectionString: api.database.url });
    client.on('error', () => undefined); // the test database is dropped under it at the end
    await client.connect();
    cookie = await api.signIn('Mallory');
  });
  afterAll(async () => {
    await client?.end();
    await api?.close();
  });

  const submit = async (code: string): Promise<string> => {
    const response = await api.submit(cookie, { exercise: 'dense-forward', code, mode: 'submit' });
    expect(response.status).toBe(202);
    return ((await response.json()) as { id: string }).id;
  };
  const waitFinal = async (id: string) => {
    for (let i = 0; i < 1_200; i++) {
      const submission = await (await api.request(`/api/submissions/${id}`, { headers: { cookie } })).json();
      if (FINAL.includes(submission.status)) return submission;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`submission ${id} never finished`);
  };

  it('grades every sampled attack as failed, then a correct solution as passed', async () => {
    expect(SAMPLE).toHaveLength(SAMPLE_IDS.length);
    // The corpus targets `double`; the same code also exports it under the exercise's name.
    const ids = await Promise.all(SAMPLE.map((entry) => submit(`${entry.code}\nexport { double as denseForward };`)));
    const submissions = await Promise.all(ids.map(waitFinal));
    SAMPLE.forEach((entry, i) => {
      const { status, result } = submissions[i];
      expect(status, entry.id).toBe('failed');
      expect(result.checks.some((check: { passed: boolean }) => check.passed), entry.id).toBe(false);
      if (entry.expected.reason) expect([entry.expected.reason].flat(), `${entry.id}: ${result.failure?.message.en}`).toContain(result.failure?.reason);
      const codes = [entry.expected.checkCode ?? []].flat().filter((code) => PORTABLE_CODES.has(code));
      if (codes.length > 0) expect(codes, `${entry.id}: ${result.checks[0].message.en}`).toContain(result.checks[0].code);
      if (entry.expected.message && codes.length > 0) expect(result.checks[0].message.en, entry.id).toMatch(entry.expected.message);
    });

    const solution = readFileSync(join(repoRoot, 'exercises', 'dense-forward', 'solution.ts'), 'utf8');
    const correct = await waitFinal(await submit(solution));
    expect(correct.status).toBe('passed');
    expect(correct.result.score).toBe(correct.result.maxScore);

    const health = await api.request('/api/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'up', queueDepth: 0 });
    const { rows } = await client.query<{ status: string; has_result: boolean }>(
      'SELECT status, result IS NOT NULL AS has_result FROM submissions WHERE id = ANY($1)',
      [[...ids]],
    );
    expect(rows).toHaveLength(ids.length);
    expect(rows.every((row) => row.status === 'failed' && row.has_result)).toBe(true);
    const jobs = await client.query('SELECT count(*)::int AS n FROM graphile_worker.jobs');
    expect(jobs.rows[0].n).toBe(0);
  }, 120_000);
});
