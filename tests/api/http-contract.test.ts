import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatformServices } from '@dl/api';
import { hasKeyDeep, startApiUnderTest, TEST_PASSWORD, testEmail, type ApiUnderTest } from './api-under-test';

// The HTTP contract without grading: no worker runs here, submissions stay queued.
describe('HTTP API contract', () => {
  let api: ApiUnderTest;
  let ada: string;
  beforeAll(async () => {
    api = await startApiUnderTest({ withWorker: false });
    ada = await api.signIn('Ada Lovelace');
  });
  afterAll(() => api?.close());

  const expectError = async (response: Response, status: number, message: RegExp) => {
    const body = await response.json();
    expect({ status: response.status, ...body }).toMatchObject({ status, statusCode: status, message: expect.stringMatching(message) });
    expect(typeof body.error).toBe('string');
    expect(JSON.stringify(body)).not.toMatch(/\bat .+\.ts:\d+/); // no stack trace
  };

  describe('session', () => {
    it('signs in by email (any case) and password with a signed HTTP-only session cookie, and ends the session on DELETE', async () => {
      const id = await api.createUser({ name: 'Grace', email: 'Grace@Example.org' });
      const response = await api.request('/api/session', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'grace@example.ORG', password: TEST_PASSWORD }),
      });
      const session = { id, name: 'Grace', email: 'Grace@Example.org', isAdmin: false, role: 'student', courses: [] };
      expect(await response.json()).toEqual(session);
      const setCookie = response.headers.get('set-cookie')!;
      expect(setCookie).toMatch(/^dl_identity=s%3A/); // signed
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Lax/i);
      const cookie = setCookie.split(';')[0];
      expect(await (await api.request('/api/session', { headers: { cookie } })).json()).toEqual(session);
      const cleared = await api.request('/api/session', { method: 'DELETE', headers: { cookie } });
      expect(cleared.headers.get('set-cookie')).toMatch(/dl_identity=;/);
      // The session itself is revoked: replaying the old cookie no longer works.
      await expectError(await api.request('/api/session', { headers: { cookie } }), 401, /sign in/i);
    });

    it('answers a wrong password and an unknown email alike', async () => {
      await api.createUser({ name: 'Hopper' });
      const attempt = (email: string, password: string) => api.request('/api/session', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }),
      });
      await expectError(await attempt(testEmail('Hopper'), 'wrong-password'), 401, /^Wrong email or password$/);
      await expectError(await attempt('nobody@test.example', 'wrong-password'), 401, /^Wrong email or password$/);
    });

    it('limits sign-in attempts per email', async () => {
      const attempt = () => api.request('/api/session', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'target@test.example', password: 'guess-guess' }),
      });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await attempt()).status);
      expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
      expect(statuses.slice(10)).toEqual([429, 429]);
    });

    it('knows the demo instructor and the demo course', async () => {
      const cookie = await api.signIn('Demo Instructor');
      expect(await (await api.request('/api/session', { headers: { cookie } })).json()).toMatchObject({
        name: 'Demo Instructor', email: 'demo-instructor@example.org', role: 'instructor', isAdmin: false,
        courses: [{ id: expect.any(String), title: 'Démo', role: 'instructor' }],
      });
      const student = await api.signIn('Demo Student');
      expect(await (await api.request('/api/session', { headers: { cookie: student } })).json()).toMatchObject({
        role: 'student', courses: [{ title: 'Démo', role: 'student' }],
      });
    });

    it('answers 401 without a cookie or with a forged one', async () => {
      await expectError(await api.request('/api/session'), 401, /sign in/i);
      const forged = ada.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
      await expectError(await api.request('/api/session', { headers: { cookie: forged } }), 401, /sign in/i);
    });

    it('refuses sign-in bodies without an email or a password, or with unknown fields', async () => {
      for (const body of [{}, { email: 'a@b.example' }, { password: 'x' }, { email: '', password: 'x' }, { name: 'Grace' }, { email: 'a@b.example', password: 'xxxxxxxx', role: 'admin' }]) {
        const response = await api.request('/api/session', {
          method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
        });
        expect(response.status, JSON.stringify(body)).toBe(400);
      }
    });
  });

  describe('exercises', () => {
    it('lists the catalogue by module then order, without solutions', async () => {
      const list = await (await api.request('/api/exercises')).json();
      expect(list.length).toBeGreaterThan(0);
      const dense = list.find((exercise: { slug: string }) => exercise.slug === 'dense-forward');
      expect(dense).toMatchObject({ title: { fr: expect.any(String), en: expect.any(String) }, module: 'B', exports: ['denseForward'] });
      const keys = list.map((e: { module: string; order: number }) => `${e.module}${String(e.order).padStart(3, '0')}`);
      expect(keys).toEqual([...keys].sort());
      expect(hasKeyDeep(list, 'solution')).toBe(false);
      expect(hasKeyDeep(list, 'progress')).toBe(false); // anonymous: no progress field
    });

    it('adds progress (null before any submission) with an identity', async () => {
      const list = await (await api.request('/api/exercises', { headers: { cookie: await api.signIn('Fresh') } })).json();
      expect(list.every((exercise: { progress: unknown }) => exercise.progress === null)).toBe(true);
    });

    it('details an exercise without the solution, mistakes or check code', async () => {
      const response = await api.request('/api/exercises/dense-forward');
      expect(response.status).toBe(200);
      const detail = await response.json();
      expect(detail.statement.fr.length).toBeGreaterThan(20);
      expect(detail.starter).toContain('denseForward');
      expect(detail.limits).toEqual({ cpuMs: expect.any(Number), memoryMb: expect.any(Number) });
      expect(detail.checks[0]).toEqual({ id: expect.any(String), title: { fr: expect.any(String), en: expect.any(String) }, visible: expect.any(Boolean), points: expect.any(Number) });
      for (const key of ['solution', 'mistakes', 'run']) expect(hasKeyDeep(detail, key), key).toBe(false);
    });

    it('answers 404 for an unknown slug', async () => {
      await expectError(await api.request('/api/exercises/no-such-thing'), 404, /no-such-thing/);
    });
  });

  describe('POST /api/submissions', () => {
    const valid = { exercise: 'dense-forward', code: 'export const denseForward = () => [];', mode: 'run' };

    it('queues a valid submission: 202 with a uuid', async () => {
      const response = await api.submit(ada, valid);
      expect(response.status).toBe(202);
      expect(await response.json()).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), status: 'queued' });
    });

    it('answers 401 without identity', async () => {
      const response = await api.request('/api/submissions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(valid) });
      await expectError(response, 401, /sign in/i);
    });

    it('answers 400 with the field at fault for malformed bodies', async () => {
      await expectError(await api.submit(ada, '{"exercise": '), 400, /not valid JSON/);
      await expectError(await api.submit(ada, '[1, 2]'), 400, /JSON object/);
      await expectError(await api.submit(ada, { exercise: 'dense-forward', mode: 'run' }), 400, /^code: is required$/);
      await expectError(await api.submit(ada, { ...valid, code: 42 }), 400, /^code: must be a string$/);
      await expectError(await api.submit(ada, { ...valid, mode: 'grade' }), 400, /^mode: must be 'run' or 'submit'$/);
      await expectError(await api.submit(ada, { ...valid, exercise: ['dense-forward'] }), 400, /^exercise: must be a string/);
      await expectError(await api.submit(ada, { ...valid, language: 'python' }), 400, /unknown field: language/);
    });

    it('answers 413 for code over 64 KiB, counted in UTF-8 bytes', async () => {
      // 22 000 × "é€" is 44 000 characters but 110 000 bytes.
      await expectError(await api.submit(ada, { ...valid, code: 'é€'.repeat(22_000) }), 413, /64 KiB/);
      expect((await api.submit(ada, { ...valid, code: `// ${'x'.repeat(60_000)}` })).status).toBe(202);
    });

    it('answers 413 for a body over the 256 KiB parser limit', async () => {
      await expectError(await api.submit(ada, { ...valid, code: 'x'.repeat(300_000) }), 413, /256 KiB/);
    });

    it('answers 400 for bytes that are not UTF-8 and for lone surrogates', async () => {
      const prefix = Buffer.from('{"exercise":"dense-forward","mode":"run","code":"');
      const invalid = Buffer.concat([prefix, Buffer.from([0x63, 0xc3, 0x28, 0xff]), Buffer.from('"}')]);
      await expectError(await api.submit(ada, new Uint8Array(invalid)), 400, /UTF-8/);
      await expectError(await api.submit(ada, '{"exercise":"dense-forward","mode":"run","code":"a\\ud800b"}'), 400, /surrogate/);
    });

    it('answers 404 for an unknown exercise', async () => {
      await expectError(await api.submit(ada, { ...valid, exercise: 'not-an-exercise' }), 404, /not-an-exercise/);
    });
  });

  describe('GET /api/submissions/:id', () => {
    it("shows a student their submission and hides it from another student", async () => {
      const { id } = await (await api.submit(ada, { exercise: 'dense-forward', code: 'export {}', mode: 'submit' })).json();
      const own = await (await api.request(`/api/submissions/${id}`, { headers: { cookie: ada } })).json();
      expect(own).toEqual({ id, exercise: 'dense-forward', mode: 'submit', status: 'queued', code: 'export {}', createdAt: expect.any(String), finishedAt: null, result: null });
      const bob = await api.signIn('Bob');
      await expectError(await api.request(`/api/submissions/${id}`, { headers: { cookie: bob } }), 404, /not found/i);
      await expectError(await api.request(`/api/submissions/${id}/events`, { headers: { cookie: bob } }), 404, /not found/i);
      await expectError(await api.request('/api/submissions/not-a-uuid', { headers: { cookie: ada } }), 404, /not found/i);
    });
  });

  it('reports health: database up, a reference backend, the queue depth', async () => {
    const response = await api.request('/api/health');
    expect(response.status).toBe(200);
    const health = await response.json();
    expect(health).toEqual({ status: 'ok', database: 'up', referenceBackend: expect.stringMatching(/^(tensorflow|wasm|cpu)$/), queueDepth: expect.any(Number) });
    expect(health.queueDepth).toBeGreaterThan(0); // no worker here: the queued submissions wait
  });

  it('serves the OpenAPI document', async () => {
    const document = await (await api.request('/api/docs-json')).json();
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/submissions', '/api/submissions/{id}/events', '/api/exercises/{slug}', '/api/health']));
    expect((await api.request('/api/docs')).status).toBe(200);
  });

  it('ends open event streams when it shuts down, so that shutting down does not hang', async () => {
    const second = await startPlatformServices({ databaseUrl: api.database.url, apiPort: 0, host: '127.0.0.1', withWorker: false, cookieSecret: 'test-secret' });
    const { id } = await (await api.submit(ada, { exercise: 'dense-forward', code: 'export {}', mode: 'run' })).json();
    const stream = await fetch(`${second.url}/api/submissions/${id}/events`, { headers: { cookie: ada } });
    expect(stream.status).toBe(200);
    const body = stream.text();
    const closing = second.close();
    await expect(Promise.race([closing.then(() => 'closed'), new Promise((resolve) => setTimeout(() => resolve('hung'), 5_000))])).resolves.toBe('closed');
    expect(await body).not.toContain('event: result');
  });
});
