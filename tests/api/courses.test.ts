import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiUnderTest, TEST_PASSWORD, type ApiUnderTest } from './api-under-test';

// Courses, sign-up links, CSV imports and password resets, through HTTP on a real Postgres.
describe('courses and accounts', () => {
  let api: ApiUnderTest;
  let teacher: string;
  let courseId: string;
  const json = (cookie: string | undefined, body: unknown) => ({
    method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body),
  });
  const post = async (path: string, cookie: string | undefined, body: unknown) => api.request(path, json(cookie, body));
  const get = async (path: string, cookie: string) => api.request(path, { headers: { cookie } });
  const tokenOf = (url: string) => new URL(url, 'http://web.test').searchParams.get('token')!;

  beforeAll(async () => {
    api = await startApiUnderTest({ withWorker: false });
    await api.createUser({ name: 'Teacher', role: 'instructor' });
    teacher = await api.signIn('Teacher');
    const created = await post('/api/courses', teacher, { title: 'Apprentissage profond' });
    expect(created.status).toBe(201);
    courseId = (await created.json()).id;
  });
  afterAll(() => api?.close());

  it('lets an instructor create a course and a student not', async () => {
    expect(await (await get('/api/courses', teacher)).json()).toEqual([{ id: courseId, title: 'Apprentissage profond', role: 'instructor' }]);
    const student = await api.signIn('Plain Student');
    const refused = await post('/api/courses', student, { title: 'Mine' });
    expect(refused.status).toBe(403);
    expect((await refused.json()).message).toMatch(/instructors and admins/);
  });

  it('signs a student up by invitation link, into the course, and refuses a taken email with 409', async () => {
    const invitation = await post(`/api/courses/${courseId}/invitations`, teacher, {});
    expect(invitation.status).toBe(201);
    const { url } = await invitation.json();
    expect(url).toMatch(/^\/signup\?token=[A-Za-z0-9_-]{43}$/);
    const signUp = await post('/api/signup', undefined, { token: tokenOf(url), name: 'Linus', email: 'linus@example.org', password: 'penguin-power' });
    expect(signUp.status).toBe(201);
    const cookie = signUp.headers.get('set-cookie')!.split(';')[0];
    expect(await (await get('/api/session', cookie)).json()).toMatchObject({ name: 'Linus', courses: [{ id: courseId, role: 'student' }] });
    const again = await post('/api/signup', undefined, { token: tokenOf(url), name: 'Linus Again', email: 'LINUS@example.org', password: 'penguin-power' });
    expect(again.status).toBe(409);
    expect((await again.json()).message).toMatch(/LINUS@example.org already exists/);
    const forged = await post('/api/signup', undefined, { token: 'x'.repeat(43), name: 'Eve', email: 'eve@example.org', password: 'eve-password' });
    expect(forged.status).toBe(404);
  });

  it('reports every malformed CSV row with its line and imports nothing', async () => {
    const csv = 'email,name,password\nok@example.org,Okay Student\nnot-an-email,Bad\nok@example.org,Twice\nshort@example.org,Short,abc\n';
    const response = await post(`/api/courses/${courseId}/students/import`, teacher, { csv });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.message).toMatch(/^3 invalid rows, nothing imported: line 3: email: must be an email address; line 4: email ok@example.org is already on line 2; line 5: password: must be at least 8 characters$/);
    expect(body.rows.map((row: { line: number }) => row.line)).toEqual([3, 4, 5]);
    const { rows } = await api.pool.query(`SELECT 1 FROM users WHERE email = 'ok@example.org'`);
    expect(rows).toEqual([]);
  });

  it('imports students with a password or a one-time reset link, in one go', async () => {
    const csv = 'email,name,password\nada@example.org,Ada Lovelace,analytical-engine\ngrace@example.org,Grace Hopper\n';
    const response = await post(`/api/courses/${courseId}/students/import`, teacher, { csv });
    expect(response.status).toBe(201);
    const { imported } = await response.json();
    expect(imported).toMatchObject([
      { line: 2, email: 'ada@example.org', name: 'Ada Lovelace', created: true },
      { line: 3, email: 'grace@example.org', name: 'Grace Hopper', created: true, resetUrl: expect.stringMatching(/^\/reset-password\?token=/) },
    ]);
    expect(imported[0].resetUrl).toBeUndefined();
    expect(await api.signInAs('ada@example.org', 'analytical-engine')).toMatch(/^dl_identity=/);
    // Grace sets her password with the link, once.
    const reset = { token: tokenOf(imported[1].resetUrl), password: 'compiler-first' };
    expect((await post('/api/password-reset', undefined, reset)).status).toBe(204);
    expect((await post('/api/password-reset', undefined, reset)).status).toBe(404);
    expect(await api.signInAs('grace@example.org', 'compiler-first')).toMatch(/^dl_identity=/);
    const members = (await (await get(`/api/courses/${courseId}`, teacher)).json()).members.map((m: { email: string; role: string }) => `${m.email}:${m.role}`);
    expect(members).toEqual(expect.arrayContaining(['ada@example.org:student', 'grace@example.org:student', 'teacher@test.example:instructor']));
  });

  it('takes the CSV as a text/csv body too', async () => {
    const response = await api.request(`/api/courses/${courseId}/students/import`, {
      method: 'POST', headers: { 'content-type': 'text/csv', cookie: teacher }, body: 'lin@example.org,Lin Csv,long-password\n',
    });
    expect(response.status).toBe(201);
    expect((await response.json()).imported).toMatchObject([{ line: 1, email: 'lin@example.org', created: true }]);
    // Elsewhere, text/csv is still refused.
    expect((await api.request('/api/courses', { method: 'POST', headers: { 'content-type': 'text/csv', cookie: teacher }, body: 'x' })).status).toBe(415);
  });

  it("resets a student's password by a link that ends their sessions", async () => {
    const id = await api.createUser({ name: 'Forgetful' });
    await api.pool.query(`INSERT INTO course_members (course_id, user_id, role) VALUES ($1, $2, 'student')`, [courseId, id]);
    const oldSession = await api.signIn('Forgetful');
    const link = await post(`/api/courses/${courseId}/members/${id}/password-reset`, teacher, undefined);
    expect(link.status).toBe(201);
    const { url } = await link.json();
    expect((await post('/api/password-reset', undefined, { token: tokenOf(url), password: 'remembered-now' })).status).toBe(204);
    expect((await get('/api/session', oldSession)).status).toBe(401);
    expect((await post('/api/session', undefined, { email: 'forgetful@test.example', password: TEST_PASSWORD })).status).toBe(401);
    expect(await api.signInAs('forgetful@test.example', 'remembered-now')).toMatch(/^dl_identity=/);
  });
});
