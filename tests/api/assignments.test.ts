import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '@dl/infra';
import { startApiUnderTest, type ApiUnderTest } from './api-under-test';

const solution = readFileSync(join(repoRoot, 'exercises', 'dense-forward', 'solution.ts'), 'utf8');
const starter = readFileSync(join(repoRoot, 'exercises', 'dense-forward', 'starter.ts'), 'utf8');
const DAY = 24 * 3600 * 1000;
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

// Assignments, late submissions and the gradebook, graded by the real worker on a real Postgres.
describe('assignments and the gradebook', () => {
  let api: ApiUnderTest;
  let teacher: string;
  let student: string;
  let studentId: string;
  let courseId: string;
  const send = (method: string, path: string, cookie: string, body?: unknown) =>
    api.request(path, { method, headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
  const createAssignment = async (body: Record<string, unknown>) => {
    const response = await send('POST', `/api/courses/${courseId}/assignments`, teacher, { exercises: [{ slug: 'dense-forward', weight: 2 }], ...body });
    expect(response.status, await response.clone().text()).toBe(201);
    return (await response.json()).id as string;
  };
  const submitAndWait = async (assignment: string, code: string) => {
    const response = await api.submit(student, { exercise: 'dense-forward', code, mode: 'submit', assignment });
    expect(response.status, await response.clone().text()).toBe(202);
    const { id } = await response.json();
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) {
      const submission = await (await send('GET', `/api/submissions/${id}`, student)).json();
      if (['passed', 'failed', 'error'].includes(submission.status)) return id as string;
    }
    throw new Error(`submission ${id} not graded in time`);
  };

  beforeAll(async () => {
    api = await startApiUnderTest({ withWorker: true, gradingWorkers: 1 });
    await api.createUser({ name: 'Course Teacher', role: 'instructor' });
    teacher = await api.signIn('Course Teacher');
    courseId = (await (await send('POST', '/api/courses', teacher, { title: 'Réseaux denses' })).json()).id;
    studentId = await api.createUser({ name: 'Enrolled Student' });
    await api.pool.query(`INSERT INTO course_members (course_id, user_id, role) VALUES ($1, $2, 'student')`, [courseId, studentId]);
    student = await api.signIn('Enrolled Student');
  });
  afterAll(() => api?.close());

  it('refuses an unknown exercise, a deadline before the opening and a penalty over 100 %', async () => {
    const bad = async (body: Record<string, unknown>, message: RegExp) => {
      const response = await send('POST', `/api/courses/${courseId}/assignments`, teacher, { title: 'x', opensAt: at(-DAY), dueAt: at(DAY), exercises: [{ slug: 'dense-forward' }], ...body });
      expect(response.status).toBe(400);
      expect((await response.json()).message).toMatch(message);
    };
    await bad({ exercises: [{ slug: 'no-such-exercise' }] }, /unknown exercise: no-such-exercise/);
    await bad({ dueAt: at(-2 * DAY) }, /dueAt: must not be before opensAt/);
    await bad({ latePenaltyPercent: 150 }, /latePenaltyPercent: must be 0 to 100/);
    await bad({ opensAt: 'tomorrow' }, /opensAt: must be an ISO 8601 date-time/);
  });

  it('refuses a submission before the assignment opens, and one for an exercise outside it', async () => {
    const future = await createAssignment({ title: 'Pas encore', opensAt: at(DAY), dueAt: at(2 * DAY) });
    const early = await api.submit(student, { exercise: 'dense-forward', code: solution, mode: 'submit', assignment: future });
    expect(early.status).toBe(403);
    expect((await early.json()).message).toMatch(/opens at/);
    const open = await createAssignment({ title: 'Ouvert', opensAt: at(-DAY), dueAt: at(DAY) });
    const other = await api.submit(student, { exercise: 'activations', code: solution, mode: 'submit', assignment: open });
    expect(other.status).toBe(400);
    expect((await other.json()).message).toMatch(/not part of the assignment "Ouvert"/);
  });

  it('records scores, attempts and late flags, applies the penalty in the gradebook and exports it as CSV', async () => {
    const onTime = await createAssignment({ title: 'À l’heure', opensAt: at(-DAY), dueAt: at(DAY) });
    const late = await createAssignment({ title: 'En retard', opensAt: at(-2 * DAY), dueAt: at(-DAY), latePenaltyPercent: 25 });
    const first = await submitAndWait(onTime, starter);
    const second = await submitAndWait(onTime, solution);
    await submitAndWait(late, solution);

    const mine = await (await send('GET', `/api/assignments/${onTime}`, student)).json();
    expect(mine).toMatchObject({ title: 'À l’heure', role: 'student', exercises: [{ slug: 'dense-forward', weight: 2 }], grade: { best: 100, attempts: 2, late: false } });
    const lateView = await (await send('GET', `/api/assignments/${late}`, student)).json();
    expect(lateView.grade).toMatchObject({ best: 75, latest: 75, attempts: 1, late: true });
    const { rows } = await api.pool.query('SELECT is_late, result->>\'score\' AS score FROM submissions WHERE assignment_id = $1', [late]);
    expect(rows[0].is_late).toBe(true);
    expect(Number(rows[0].score)).toBeGreaterThan(0); // the stored grading result is not penalised

    const book = await (await send('GET', `/api/courses/${courseId}/gradebook`, teacher)).json();
    const row = book.students.find((s: { id: string }) => s.id === studentId);
    const gradeOf = (assignmentId: string) => row.grades[book.assignments.findIndex((a: { id: string }) => a.id === assignmentId)];
    expect(gradeOf(onTime)).toMatchObject({ best: 100, attempts: 2, late: false });
    expect(gradeOf(onTime).latest).toBe(100);
    expect(gradeOf(late)).toMatchObject({ best: 75, attempts: 1, late: true });
    expect(row.total).toBeCloseTo((100 + 75 + 0) / 3, 1);

    const csv = await send('GET', `/api/courses/${courseId}/gradebook.csv`, teacher);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split('\n');
    expect(lines[0]).toMatch(/^email,name,.*À l’heure best,À l’heure latest,À l’heure attempts,À l’heure late,.*total$/);
    expect(lines[1]).toMatch(/^enrolled\.student@test\.example,Enrolled Student,/);
    expect(lines[1]).toContain(',75,75,1,late,');

    // History and diff of the student's own submissions.
    const history = await (await send('GET', '/api/students/me/submissions?exercise=dense-forward', student)).json();
    expect(history.map((entry: { id: string }) => entry.id)).toEqual(expect.arrayContaining([first, second]));
    expect(history[0]).toMatchObject({ code: expect.any(String), status: expect.any(String), assignmentId: expect.any(String) });
    const diff = await (await send('GET', `/api/submissions/${first}/diff/${second}`, student)).json();
    expect(diff.diff).toMatch(/^={10,}\nIndex|^---|@@/m);
    expect(diff.diff).toMatch(/^[-+]/m);
    // The instructor of the course may diff the student's submissions too.
    expect((await send('GET', `/api/submissions/${first}/diff/${second}`, teacher)).status).toBe(200);
  });
});
