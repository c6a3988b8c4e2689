import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasKeyDeep, startApiUnderTest, type ApiUnderTest } from '../api/api-under-test';
import pg from 'pg';
import { measureReferenceAccuracy, saveReferenceAccuracy } from '../../apps/api/src/challenges/reference-accuracy';
import { NEAREST_CENTROID, predicting } from './models';

// The API, the grade_challenge queue and its own worker pool on a real Postgres, on a subset of
// MNIST (the challenge workers read these variables when they start).
process.env.DL_CHALLENGE_SUBSET = '2000:1000';
process.env.DL_CHALLENGE_THRESHOLD = '0.7';

describe('MNIST challenges through the API', () => {
  let api: ApiUnderTest;
  let ada: string;
  beforeAll(async () => {
    api = await startApiUnderTest({ withWorker: true, gradingWorkers: 1 });
    ada = await api.signIn('Ada');
  });
  afterAll(() => api?.close());

  const as = (cookie: string) => ({ headers: { cookie } });
  const submit = async (cookie: string, code: string) => {
    const response = await api.submit(cookie, { exercise: 'mnist-mlp', code, mode: 'submit' });
    expect(response.status).toBe(202);
    return (await response.json()).id as string;
  };
  const finalOf = async (cookie: string, id: string) => {
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) {
      const submission = await (await api.request(`/api/submissions/${id}`, as(cookie))).json();
      if (['passed', 'failed', 'error'].includes(submission.status)) return submission;
    }
    throw new Error(`submission ${id} did not finish`);
  };

  it('lists the challenges with their rules and the caller’s submissions left today', async () => {
    const challenges = await (await api.request('/api/challenges', as(ada))).json();
    const mlp = challenges.find((challenge: { slug: string }) => challenge.slug === 'mnist-mlp');
    expect(mlp).toMatchObject({ modelKind: 'mlp', threshold: 0.95, budget: { cpuMs: 90_000, memoryMb: 1_024 }, closed: false, referenceAccuracy: null, daily: { limit: 5, remaining: 5 } });
    const anonymous = await (await api.request('/api/challenges')).json();
    expect(anonymous.find((challenge: { slug: string }) => challenge.slug === 'mnist-mlp').daily).toBeNull();
  });

  it('shows the TensorFlow.js reference model’s accuracy once it has been measured', async () => {
    // A small measurement (1 epoch on 2,000 images): the command measures on the full set.
    const result = await measureReferenceAccuracy('mlp', { subset: { train: 2_000, test: 1_000 }, epochs: 1 });
    expect(result.accuracy).toBeGreaterThan(0.7);
    const client = new pg.Client({ connectionString: api.database.url });
    await client.connect();
    await saveReferenceAccuracy(client, 'mnist-mlp', result).finally(() => client.end());
    const challenges = await (await api.request('/api/challenges')).json();
    const mlp = challenges.find((challenge: { slug: string }) => challenge.slug === 'mnist-mlp');
    expect(mlp.referenceAccuracy).toBeCloseTo(result.accuracy, 10);
    expect(mlp.reference).toMatchObject({ backend: result.backend, epochs: 1, trainImagesUsed: 2_000 });
    expect(challenges.find((challenge: { slug: string }) => challenge.slug === 'mnist-cnn').referenceAccuracy).toBeNull();
  });

  it('grades on the challenge queue, streams training progress and never shows the private accuracy', async () => {
    const id = await submit(ada, NEAREST_CENTROID);
    const stream = await (await api.request(`/api/submissions/${id}/events`, as(ada))).text();
    const progress = stream.split('\n\n').filter((block) => block.startsWith('event: progress')).map((block) => JSON.parse(block.split('\ndata: ')[1]!));
    expect(progress.filter((event) => event.type === 'training').at(-1)).toMatchObject({ epoch: 10, loss: 0.1, budgetMs: 90_000 });
    const submission = await finalOf(ada, id);
    expect(submission.status).toBe('passed');
    expect(submission.result.challenge.publicAccuracy).toBeGreaterThan(0.7);
    expect(hasKeyDeep(submission, 'privateAccuracy')).toBe(false);
  });

  it('shows the position in the challenge queue, ranks the best public accuracy with ties to the earlier submission', async () => {
    const bob = await api.signIn('Bob');
    const cy = await api.signIn('Cy');
    const slow = predicting('(() => { const end = Date.now() + 1500; while (Date.now() < end); return new Array(count).fill(0); })()');
    const first = await submit(bob, slow);
    const second = await submit(cy, predicting('new Array(count).fill(0)'));
    const waiting = await (await api.request(`/api/submissions/${second}`, as(cy))).json();
    expect(waiting.status).toBe('queued');
    expect(waiting.queuePosition).toBeGreaterThanOrEqual(1);
    expect(waiting.queuePosition).toBeLessThanOrEqual(2);
    await finalOf(bob, first);
    await finalOf(cy, second);
    const board = await (await api.request('/api/challenges/mnist-mlp/leaderboard')).json();
    expect(board.closed).toBe(false);
    expect(board.entries.map((entry: { studentName: string }) => entry.studentName)).toEqual(['Ada', 'Bob', 'Cy']);
    expect(board.entries[1].publicAccuracy).toBe(board.entries[2].publicAccuracy);
    expect(board.entries[0]).toMatchObject({ rank: 1, modelKind: 'mlp', privateAccuracy: null });
    expect(board.history).toHaveLength(1); // Ada's accuracy came first and was never beaten
    expect((await api.request('/api/challenges/dense-forward/leaderboard')).status).toBe(404);
  });

  it('answers 429 with the remaining count and the reset time past the daily limit', async () => {
    const dee = await api.signIn('Dee');
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await submit(dee, predicting('new Array(count).fill(1)')));
    const refused = await api.submit(dee, { exercise: 'mnist-mlp', code: predicting('[]'), mode: 'run' });
    expect(refused.status).toBe(429);
    const body = await refused.json();
    expect(body).toMatchObject({ limit: 5, remaining: 0 });
    expect(Date.parse(body.resetAt) - Date.now()).toBeLessThanOrEqual(86_400_000);
    expect(body.message).toMatch(/Daily limit reached/);
    const list = await (await api.request('/api/challenges', as(dee))).json();
    expect(list.find((challenge: { slug: string }) => challenge.slug === 'mnist-mlp').daily.remaining).toBe(0);
    // Small exercises are not counted against it.
    expect((await api.submit(dee, { exercise: 'dense-forward', code: 'export const x = 1;', mode: 'run' })).status).toBe(202);
    for (const id of ids) await finalOf(dee, id);
  });
});
