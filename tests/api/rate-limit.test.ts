import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiUnderTest, type ApiUnderTest } from './api-under-test';

describe('submission rate limit, per student', () => {
  let api: ApiUnderTest;
  beforeAll(async () => {
    api = await startApiUnderTest({ withWorker: false, submissionsPerMinute: 3 });
  });
  afterAll(() => api?.close());

  const body = { exercise: 'dense-forward', code: 'export {}', mode: 'run' };

  it('answers 429 with a clear message past the limit, and keeps counting per student, not per address', async () => {
    const ada = await api.signIn('Ada Rate');
    const grace = await api.signIn('Grace Rate');
    for (let i = 0; i < 3; i++) expect((await api.submit(ada, body)).status).toBe(202);
    const refused = await api.submit(ada, body);
    expect(refused.status).toBe(429);
    expect((await refused.json()).message).toMatch(/at most 3 per minute/);
    // Same address, another student: not limited by Ada's submissions.
    expect((await api.submit(grace, body)).status).toBe(202);
  });
});
