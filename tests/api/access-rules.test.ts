import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportArchive, templateFiles, type ExerciseFiles } from '@dl/exercises';
import { hasKeyDeep, startApiUnderTest, type ApiUnderTest } from './api-under-test';

// Who may call what: every endpoint of the OpenAPI document has a row here (a new endpoint
// without one fails the first test), and each row says the status for six callers, with
// direct requests for other people's ids (courses, submissions, members, gradebooks, diffs).

type Actor = 'anonymous' | 'studentA' | 'studentB' | 'instructorA' | 'instructorB' | 'admin';
const ACTORS: Actor[] = ['anonymous', 'studentA', 'studentB', 'instructorA', 'instructorB', 'admin'];

interface Fixture {
  courseA: string;
  courseB: string;
  assignmentA: string;
  studentAId: string;
  studentBId: string;
  /** Two submissions of studentA, one of studentB (all queued: no worker runs here). */
  submissionA1: string;
  submissionA2: string;
  submissionB: string;
  /** An exercise authored in course A, and the template's files (for drafts and archives). */
  authoredA: string;
  template: ExerciseFiles;
}

interface Rule {
  /** The endpoint as the OpenAPI document names it. */
  endpoint: string;
  /** What is tried, when one endpoint has several rows. */
  what?: string;
  path: (f: Fixture) => string;
  body?: (f: Fixture, actor: Actor) => unknown;
  expected: Record<Actor, number>;
}

const everyone = (status: number): Record<Actor, number> => Object.fromEntries(ACTORS.map((actor) => [actor, status])) as Record<Actor, number>;
const signedIn = (status: number): Record<Actor, number> => ({ ...everyone(status), anonymous: 401 });
/** Members of course A read; the others are told it does not exist. */
const membersOfA = (status: number) => ({ anonymous: 401, studentA: status, studentB: 404, instructorA: status, instructorB: 404, admin: status });
/** Instructors of course A (and the admin) act; its student is refused, outsiders see nothing. */
const teachersOfA = (status: number) => ({ anonymous: 401, studentA: 403, studentB: 404, instructorA: status, instructorB: 404, admin: status });
/** Only studentA, the owner. */
const ownerOnly = (status: number) => ({ anonymous: 401, studentA: status, studentB: 404, instructorA: 404, instructorB: 404, admin: 404 });
const code = 'export function denseForward() { return []; }';

const RULES: Rule[] = [
  { endpoint: 'GET /api/health', path: () => '/api/health', expected: everyone(200) },
  { endpoint: 'GET /metrics', path: () => '/metrics', expected: everyone(200) },
  { endpoint: 'GET /api/exercises', path: () => '/api/exercises', expected: everyone(200) },
  { endpoint: 'GET /api/exercises/{slug}', path: () => '/api/exercises/dense-forward', expected: everyone(200) },
  { endpoint: 'GET /api/challenges', path: () => '/api/challenges', expected: everyone(200) },
  { endpoint: 'GET /api/challenges/{slug}/leaderboard', path: () => '/api/challenges/mnist-mlp/leaderboard', expected: everyone(200) },
  { endpoint: 'POST /api/session', what: 'a wrong password', path: () => '/api/session', body: () => ({ email: 'demo-student@example.org', password: 'not-the-password' }), expected: everyone(401) },
  { endpoint: 'GET /api/session', path: () => '/api/session', expected: signedIn(200) },
  { endpoint: 'POST /api/signup', what: 'an unknown link', path: () => '/api/signup', body: (_f, actor) => ({ token: 'A'.repeat(43), name: 'Someone', email: `${actor}-signup@test.example`, password: 'long-enough' }), expected: everyone(404) },
  { endpoint: 'POST /api/password-reset', what: 'an unknown link', path: () => '/api/password-reset', body: () => ({ token: 'A'.repeat(43), password: 'long-enough' }), expected: everyone(404) },
  { endpoint: 'POST /api/courses', path: () => '/api/courses', body: () => ({ title: 'Another course' }), expected: { anonymous: 401, studentA: 403, studentB: 403, instructorA: 201, instructorB: 201, admin: 201 } },
  { endpoint: 'GET /api/courses', path: () => '/api/courses', expected: signedIn(200) },
  { endpoint: 'GET /api/courses/{id}', path: (f) => `/api/courses/${f.courseA}`, expected: membersOfA(200) },
  { endpoint: 'POST /api/courses/{id}/invitations', path: (f) => `/api/courses/${f.courseA}/invitations`, body: () => ({}), expected: teachersOfA(201) },
  {
    endpoint: 'POST /api/courses/{id}/students/import', path: (f) => `/api/courses/${f.courseA}/students/import`,
    body: (_f, actor) => ({ csv: `email,name\n${actor}-imported@test.example,Imported Student\n` }), expected: teachersOfA(201),
  },
  { endpoint: 'POST /api/courses/{id}/members/{userId}/password-reset', path: (f) => `/api/courses/${f.courseA}/members/${f.studentAId}/password-reset`, expected: teachersOfA(201) },
  {
    endpoint: 'POST /api/courses/{id}/members/{userId}/password-reset', what: "another course's student through course A",
    path: (f) => `/api/courses/${f.courseA}/members/${f.studentBId}/password-reset`, expected: teachersOfA(404),
  },
  {
    endpoint: 'POST /api/courses/{id}/assignments', path: (f) => `/api/courses/${f.courseA}/assignments`,
    body: () => ({ title: 'Devoir', opensAt: '2020-01-01T00:00:00Z', dueAt: '2099-01-01T00:00:00Z', exercises: [{ slug: 'dense-forward' }] }), expected: teachersOfA(201),
  },
  { endpoint: 'GET /api/courses/{id}/assignments', path: (f) => `/api/courses/${f.courseA}/assignments`, expected: membersOfA(200) },
  { endpoint: 'GET /api/assignments/{id}', path: (f) => `/api/assignments/${f.assignmentA}`, expected: membersOfA(200) },
  { endpoint: 'GET /api/courses/{id}/gradebook', path: (f) => `/api/courses/${f.courseA}/gradebook`, expected: teachersOfA(200) },
  { endpoint: 'GET /api/courses/{id}/gradebook.csv', path: (f) => `/api/courses/${f.courseA}/gradebook.csv`, expected: teachersOfA(200) },
  { endpoint: 'GET /api/courses/{id}/similarity', path: (f) => `/api/courses/${f.courseA}/similarity?exercise=dense-forward`, expected: teachersOfA(200) },
  // Authoring: the instructors of the exercise's course; a catalogue folder is read in full by any instructor.
  { endpoint: 'GET /api/authoring/exercises', path: () => '/api/authoring/exercises', expected: signedIn(200) },
  {
    endpoint: 'POST /api/authoring/exercises', path: () => '/api/authoring/exercises',
    body: (f, actor) => ({ slug: `${actor.toLowerCase()}-new`, courseId: f.courseA }), expected: teachersOfA(201),
  },
  {
    endpoint: 'POST /api/authoring/import', path: () => '/api/authoring/import',
    body: (f, actor) => ({ courseId: f.courseA, archive: Buffer.from(exportArchive(`${actor.toLowerCase()}-imported`, f.template)).toString('base64') }), expected: teachersOfA(201),
  },
  { endpoint: 'GET /api/authoring/exercises/{slug}', path: (f) => `/api/authoring/exercises/${f.authoredA}`, expected: teachersOfA(200) },
  { endpoint: 'PUT /api/authoring/exercises/{slug}', path: (f) => `/api/authoring/exercises/${f.authoredA}`, body: (f) => ({ files: f.template }), expected: teachersOfA(200) },
  { endpoint: 'POST /api/authoring/exercises/{slug}/validate', path: (f) => `/api/authoring/exercises/${f.authoredA}/validate`, expected: teachersOfA(202) },
  { endpoint: 'POST /api/authoring/exercises/{slug}/publish', what: 'a draft never validated', path: (f) => `/api/authoring/exercises/${f.authoredA}/publish`, expected: teachersOfA(409) },
  { endpoint: 'GET /api/authoring/exercises/{slug}/export', path: (f) => `/api/authoring/exercises/${f.authoredA}/export`, expected: teachersOfA(200) },
  {
    endpoint: 'GET /api/authoring/exercises/{slug}/export', what: 'a catalogue exercise', path: () => '/api/authoring/exercises/dense-forward/export',
    expected: { anonymous: 401, studentA: 403, studentB: 403, instructorA: 200, instructorB: 200, admin: 200 },
  },
  // Regrading: only instructors of a course whose assignments use the exercise (a student is told it does not exist).
  { endpoint: 'POST /api/exercises/{slug}/regrade', path: () => '/api/exercises/dense-forward/regrade', expected: { anonymous: 401, studentA: 404, studentB: 404, instructorA: 202, instructorB: 404, admin: 202 } },
  { endpoint: 'GET /api/exercises/{slug}/regrades', path: () => '/api/exercises/dense-forward/regrades', expected: { anonymous: 401, studentA: 404, studentB: 404, instructorA: 200, instructorB: 404, admin: 200 } },
  { endpoint: 'GET /api/students/me/submissions', path: () => '/api/students/me/submissions', expected: signedIn(200) },
  { endpoint: 'GET /api/courses/{id}/students/{userId}/submissions', path: (f) => `/api/courses/${f.courseA}/students/${f.studentAId}/submissions`, expected: teachersOfA(200) },
  {
    endpoint: 'GET /api/courses/{id}/students/{userId}/submissions', what: "another course's student through course A",
    path: (f) => `/api/courses/${f.courseA}/students/${f.studentBId}/submissions`, expected: teachersOfA(404),
  },
  { endpoint: 'POST /api/submissions', path: () => '/api/submissions', body: () => ({ exercise: 'dense-forward', code, mode: 'run' }), expected: signedIn(202) },
  {
    endpoint: 'POST /api/submissions', what: "for course A's assignment", path: () => '/api/submissions',
    body: (f) => ({ exercise: 'dense-forward', code, mode: 'submit', assignment: f.assignmentA }), expected: membersOfA(202),
  },
  { endpoint: 'GET /api/submissions/{id}', path: (f) => `/api/submissions/${f.submissionA1}`, expected: ownerOnly(200) },
  { endpoint: 'GET /api/submissions/{id}/events', path: (f) => `/api/submissions/${f.submissionA1}/events`, expected: ownerOnly(200) },
  {
    endpoint: 'GET /api/submissions/{id}/diff/{otherId}', path: (f) => `/api/submissions/${f.submissionA1}/diff/${f.submissionA2}`,
    expected: { anonymous: 401, studentA: 200, studentB: 404, instructorA: 200, instructorB: 404, admin: 200 },
  },
  {
    endpoint: 'GET /api/submissions/{id}/diff/{otherId}', what: "two different people's submissions",
    path: (f) => `/api/submissions/${f.submissionA1}/diff/${f.submissionB}`, expected: signedIn(404),
  },
];

describe('access rules of every endpoint', () => {
  let api: ApiUnderTest;
  let fixture: Fixture;
  const cookies = {} as Record<Actor, string | undefined>;

  const call = async (actor: Actor, method: string, path: string, body?: unknown) => {
    const abort = new AbortController();
    const headers: Record<string, string> = { ...(cookies[actor] ? { cookie: cookies[actor]! } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) };
    const response = await api.request(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: abort.signal });
    // An event stream stays open while its submission is queued: the status is all we need.
    const text = response.headers.get('content-type')?.startsWith('text/event-stream') ? '' : await response.text();
    abort.abort();
    return { status: response.status, text };
  };

  beforeAll(async () => {
    api = await startApiUnderTest({ withWorker: false });
    await api.createUser({ name: 'Instructor A', role: 'instructor' });
    await api.createUser({ name: 'Instructor B', role: 'instructor' });
    await api.createUser({ name: 'Admin', role: 'admin', isAdmin: true });
    const studentAId = await api.createUser({ name: 'Student A' });
    const studentBId = await api.createUser({ name: 'Student B' });
    for (const [actor, name] of [['studentA', 'Student A'], ['studentB', 'Student B'], ['instructorA', 'Instructor A'], ['instructorB', 'Instructor B'], ['admin', 'Admin']] as const) {
      cookies[actor] = await api.signIn(name);
    }
    const course = async (actor: Actor, title: string) => JSON.parse((await call(actor, 'POST', '/api/courses', { title })).text).id as string;
    const courseA = await course('instructorA', 'Course A');
    const courseB = await course('instructorB', 'Course B');
    await api.pool.query(`INSERT INTO course_members (course_id, user_id, role) VALUES ($1, $2, 'student'), ($3, $4, 'student')`, [courseA, studentAId, courseB, studentBId]);
    const assignment = await call('instructorA', 'POST', `/api/courses/${courseA}/assignments`, { title: 'A1', opensAt: '2020-01-01T00:00:00Z', dueAt: '2099-01-01T00:00:00Z', exercises: [{ slug: 'dense-forward' }] });
    const submit = async (actor: Actor, text: string) => JSON.parse((await call(actor, 'POST', '/api/submissions', { exercise: 'dense-forward', code: text, mode: 'submit' })).text).id as string;
    fixture = {
      courseA, courseB, studentAId, studentBId, assignmentA: JSON.parse(assignment.text).id,
      submissionA1: await submit('studentA', `${code}\n// first`), submissionA2: await submit('studentA', `${code}\n// second`), submissionB: await submit('studentB', code),
      authoredA: 'authored-in-a', template: await templateFiles(),
    };
    expect((await call('instructorA', 'POST', '/api/authoring/exercises', { slug: fixture.authoredA, courseId: courseA })).status).toBe(201);
  });
  afterAll(() => api?.close());

  it('has a rule for every endpoint of the OpenAPI document', async () => {
    const document = await (await api.request('/api/docs-json')).json();
    const endpoints = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
      Object.keys(methods).filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method)).map((method) => `${method.toUpperCase()} ${path}`));
    const covered = new Set([...RULES.map((rule) => rule.endpoint), 'DELETE /api/session']);
    expect(endpoints.filter((endpoint) => !covered.has(endpoint))).toEqual([]);
  });

  for (const rule of RULES) {
    it(`${rule.endpoint}${rule.what ? ` (${rule.what})` : ''}`, async () => {
      const [method] = rule.endpoint.split(' ');
      const seen: Record<string, number> = {};
      for (const actor of ACTORS) {
        const { status, text } = await call(actor, method, rule.path(fixture), rule.body?.(fixture, actor));
        seen[actor] = status;
        // Whatever the caller, no answer carries an exercise's solution.
        if (status < 300 && (text.startsWith('{') || text.startsWith('['))) expect(hasKeyDeep(JSON.parse(text), 'solution'), `${actor} ${rule.endpoint}`).toBe(false);
      }
      expect(seen).toEqual(rule.expected);
    });
  }

  it('DELETE /api/session: anyone may sign out; it ends only their own session', async () => {
    const spare = await api.signIn('Student A');
    expect((await api.request('/api/session', { method: 'DELETE' })).status).toBe(204);
    expect((await api.request('/api/session', { method: 'DELETE', headers: { cookie: spare } })).status).toBe(204);
    expect((await api.request('/api/session', { headers: { cookie: spare } })).status).toBe(401);
    expect((await call('studentA', 'GET', '/api/session')).status).toBe(200);
  });

  it('shows members only to instructors, and a student only their own submissions and scores', async () => {
    const asStudent = JSON.parse((await call('studentA', 'GET', `/api/courses/${fixture.courseA}`)).text);
    expect(asStudent).toEqual({ id: fixture.courseA, title: 'Course A', role: 'student' });
    const asTeacher = JSON.parse((await call('instructorA', 'GET', `/api/courses/${fixture.courseA}`)).text);
    expect(asTeacher.members.map((member: { id: string }) => member.id)).toContain(fixture.studentAId);
    const historyA = JSON.parse((await call('studentA', 'GET', '/api/students/me/submissions')).text).map((entry: { id: string }) => entry.id);
    expect(historyA).toEqual(expect.arrayContaining([fixture.submissionA1, fixture.submissionA2]));
    expect(historyA).not.toContain(fixture.submissionB);
    const historyB = JSON.parse((await call('studentB', 'GET', '/api/students/me/submissions')).text).map((entry: { id: string }) => entry.id);
    expect(historyB).toContain(fixture.submissionB);
    const owners = await api.pool.query('SELECT DISTINCT user_id FROM submissions WHERE id = ANY($1::uuid[])', [historyB]);
    expect(owners.rows).toEqual([{ user_id: fixture.studentBId }]);
    const seenByTeacher = JSON.parse((await call('instructorA', 'GET', `/api/courses/${fixture.courseA}/students/${fixture.studentAId}/submissions`)).text);
    expect(seenByTeacher.map((entry: { id: string }) => entry.id)).toEqual(expect.arrayContaining([fixture.submissionA1, fixture.submissionA2]));
    const coursesB = JSON.parse((await call('studentB', 'GET', '/api/courses')).text);
    expect(coursesB).toEqual([{ id: fixture.courseB, title: 'Course B', role: 'student' }]);
    const coursesAdmin = JSON.parse((await call('admin', 'GET', '/api/courses')).text).map((c: { id: string }) => c.id);
    expect(coursesAdmin).toEqual(expect.arrayContaining([fixture.courseA, fixture.courseB]));
  });
});
