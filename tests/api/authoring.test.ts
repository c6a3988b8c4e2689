import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, zipSync, strToU8 } from 'fflate';
import { startApiUnderTest, type ApiUnderTest } from './api-under-test';

const SLUG = 'scale-by-factor';
const RIGHT = 'export function scale(xs: number[], factor: number): number[] {\n  return xs.map((x) => x * factor);\n}\n';
const WRONG = 'export function scale(xs: number[], factor: number): number[] {\n  return xs.map((x) => x + factor);\n}\n';

type Validation = { status: string; ok: boolean | null; draftHash: string; rows?: Array<{ subject: string; passed: boolean; detail: string }>; error?: string };

// An exercise authored through the API: template, draft checks, validation by the real grading
// workers, publication as a version, a student graded against it, export and import of its folder,
// and who may do what.
describe('authoring exercises through the API', () => {
  let api: ApiUnderTest;
  let teacher: string;
  let outsider: string;
  let student: string;
  let courseId: string;
  const send = (cookie: string, method: string, path: string, body?: unknown) =>
    api.request(path, { method, headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
  const draft = async (slug = SLUG) => (await (await send(teacher, 'GET', `/api/authoring/exercises/${slug}`)).json()) as { files: Record<string, string>; draftHash: string; validation: Validation | null; publishedVersion: number | null };
  const validated = async (slug = SLUG): Promise<Validation> => {
    expect((await send(teacher, 'POST', `/api/authoring/exercises/${slug}/validate`)).status).toBe(202);
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 200))) {
      const { validation } = await draft(slug);
      if (validation && (validation.status === 'done' || validation.status === 'error')) return validation;
    }
    throw new Error('validation did not finish');
  };

  beforeAll(async () => {
    api = await startApiUnderTest({ withWorker: true, gradingWorkers: 2 });
    await api.createUser({ name: 'Author Teacher', role: 'instructor' });
    await api.createUser({ name: 'Other Teacher', role: 'instructor' });
    teacher = await api.signIn('Author Teacher');
    outsider = await api.signIn('Other Teacher');
    student = await api.signIn('Author Student');
    courseId = (await (await send(teacher, 'POST', '/api/courses', { title: 'Rédaction' })).json()).id;
    await send(outsider, 'POST', '/api/courses', { title: 'Autre cours' });
    await api.pool.query(`INSERT INTO course_members (course_id, user_id, role) SELECT $1, id, 'student' FROM users WHERE name = 'Author Student'`, [courseId]);
  }, 120_000);
  afterAll(() => api?.close());

  it('starts a new exercise from the template, refusing taken and malformed slugs', async () => {
    expect((await send(teacher, 'POST', '/api/authoring/exercises', { slug: SLUG, courseId })).status).toBe(201);
    const { files } = await draft();
    expect(Object.keys(files).sort()).toEqual(['checks.ts', 'exercise.ts', 'mistakes/adds-instead.ts', 'solution.ts', 'starter.ts', 'statement.en.md', 'statement.fr.md']);
    const taken = await send(teacher, 'POST', '/api/authoring/exercises', { slug: 'dense-forward', courseId });
    expect(taken.status).toBe(409);
    expect((await send(teacher, 'POST', '/api/authoring/exercises', { slug: SLUG, courseId })).status).toBe(409);
    const malformed = await send(teacher, 'POST', '/api/authoring/exercises', { slug: 'Not A Slug', courseId });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).message).toMatch(/slug: must be lowercase words/);
  });

  it('keeps exercises to the instructors of their course', async () => {
    expect((await send(outsider, 'GET', `/api/authoring/exercises/${SLUG}`)).status).toBe(404);
    expect((await send(outsider, 'PUT', `/api/authoring/exercises/${SLUG}`, { files: {} })).status).toBe(404);
    expect((await send(outsider, 'POST', `/api/authoring/exercises/${SLUG}/publish`)).status).toBe(404);
    expect((await send(outsider, 'GET', `/api/authoring/exercises/${SLUG}/export`)).status).toBe(404);
    expect((await send(outsider, 'POST', '/api/authoring/exercises', { slug: 'intruder', courseId })).status).toBe(404);
    expect((await send(student, 'GET', `/api/authoring/exercises/${SLUG}`)).status).toBe(403);
    expect((await send(student, 'GET', '/api/authoring/exercises/dense-forward/export')).status).toBe(403);
    expect((await (await send(outsider, 'GET', '/api/authoring/exercises')).json()).exercises).toEqual([]);
    expect((await (await send(teacher, 'GET', '/api/authoring/exercises')).json()).exercises.map((e: { slug: string }) => e.slug)).toEqual([SLUG]);
  });

  it('refuses a draft with unknown files, a syntax error, an oversized statement or a missing file, saying where', async () => {
    const { files } = await draft();
    const bad = { ...files, 'solution.ts': 'export function scale(xs: number[] {\n}', 'notes.txt': 'x', 'statement.fr.md': 'é'.repeat(40_000) };
    delete (bad as Record<string, string>)['checks.ts'];
    const response = await send(teacher, 'PUT', `/api/authoring/exercises/${SLUG}`, { files: bad });
    expect(response.status).toBe(400);
    const body = await response.json();
    const { problems } = body as { problems: Array<{ file: string; line?: number; column?: number; message: string }> };
    expect(problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ file: 'solution.ts', line: 1, column: 36 }),
      expect.objectContaining({ file: 'notes.txt' }),
      expect.objectContaining({ file: 'statement.fr.md', message: expect.stringMatching(/larger than the 64 KiB/) }),
      expect.objectContaining({ file: 'checks.ts', message: 'missing' }),
    ]));
    expect((await draft()).files['solution.ts']).toBe(files['solution.ts']); // nothing half-saved
  });

  it('validates with the real grader: a wrong solution is shown failing, then publication is refused', async () => {
    const { files } = await draft();
    expect((await send(teacher, 'PUT', `/api/authoring/exercises/${SLUG}`, { files: { ...files, 'solution.ts': WRONG } })).status).toBe(200);
    const validation = await validated();
    expect(validation).toMatchObject({ status: 'done', ok: false });
    expect(validation.rows!.find((row) => row.subject === 'solution')).toMatchObject({ passed: false, detail: expect.stringMatching(/statement-example/) });
    const refused = await send(teacher, 'POST', `/api/authoring/exercises/${SLUG}/publish`);
    expect(refused.status).toBe(409);
  });

  it('reports checks that do not load as a validation error', async () => {
    const { files } = await draft();
    await send(teacher, 'PUT', `/api/authoring/exercises/${SLUG}`, { files: { ...files, 'exercise.ts': files['exercise.ts']!.replace("difficulty: 1", 'difficulty: 7') } });
    const validation = await validated();
    expect(validation).toMatchObject({ status: 'error', ok: false, error: expect.stringMatching(/exercise\.ts: difficulty: Too big/) });
  });

  it('publishes a validated draft, and a student is graded against it', async () => {
    const { files } = await draft();
    const fixed = { ...files, 'solution.ts': RIGHT, 'exercise.ts': files['exercise.ts']!.replace('difficulty: 7', 'difficulty: 1') };
    expect((await send(teacher, 'PUT', `/api/authoring/exercises/${SLUG}`, { files: fixed })).status).toBe(200);
    const validation = await validated();
    expect(validation.ok).toBe(true);
    expect(validation.rows!.map((row) => [row.subject, row.passed])).toEqual([['solution', true], ['starter', true], ['mistakes/adds-instead.ts', true]]);
    const published = await send(teacher, 'POST', `/api/authoring/exercises/${SLUG}/publish`);
    expect(published.status).toBe(201);
    expect(await published.json()).toEqual({ version: 1 });

    const detail = await (await send(student, 'GET', `/api/exercises/${SLUG}`)).json();
    expect(detail.title.en).toBe('Scaling a vector');
    expect(JSON.stringify(detail)).not.toContain('x * factor'); // never the solution
    for (const [code, status] of [[RIGHT, 'passed'], [WRONG, 'failed']] as const) {
      const submitted = await (await api.submit(student, { exercise: SLUG, code, mode: 'submit' })).json();
      let result: { status: string; exerciseVersion?: number } = { status: 'queued' };
      for (const deadline = Date.now() + 30_000; Date.now() < deadline && ['queued', 'running'].includes(result.status); await new Promise((resolve) => setTimeout(resolve, 100))) {
        result = await (await send(student, 'GET', `/api/submissions/${submitted.id}`)).json();
      }
      expect(result.status).toBe(status);
    }
    const { rows } = await api.pool.query(`SELECT DISTINCT exercise_version FROM submissions WHERE exercise_slug = $1`, [SLUG]);
    expect(rows).toEqual([{ exercise_version: 1 }]);
  });

  it('regrades the submissions of an assignment against a newly published version, with what changed', async () => {
    const DAY = 24 * 3600 * 1000;
    const assignment = await send(teacher, 'POST', `/api/courses/${courseId}/assignments`, {
      title: 'Échelle', opensAt: new Date(Date.now() - DAY).toISOString(), dueAt: new Date(Date.now() + DAY).toISOString(), exercises: [{ slug: SLUG }],
    });
    expect(assignment.status).toBe(201);
    const submitted = await (await api.submit(student, { exercise: SLUG, code: RIGHT, mode: 'submit', assignment: (await assignment.json()).id })).json();
    const finalOf = async (id: string) => {
      for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) {
        const { rows } = await api.pool.query('SELECT status, score, max_score, exercise_version FROM submissions WHERE id = $1', [id]);
        if (['passed', 'failed'].includes(rows[0].status)) return rows[0];
      }
      throw new Error('not graded');
    };
    expect(await finalOf(submitted.id)).toMatchObject({ status: 'passed', score: 3, max_score: 3, exercise_version: 1 });

    // Version 2: the statement example is worth two points.
    const { files } = await draft();
    const checks = files['checks.ts']!.replace('visible: true,\n    points: 1,', 'visible: true,\n    points: 2,'); // the one visible check
    expect(checks).not.toBe(files['checks.ts']);
    await send(teacher, 'PUT', `/api/authoring/exercises/${SLUG}`, { files: { ...files, 'checks.ts': checks } });
    expect((await validated()).ok).toBe(true);
    expect(await (await send(teacher, 'POST', `/api/authoring/exercises/${SLUG}/publish`)).json()).toEqual({ version: 2 });

    const run = await (await send(teacher, 'POST', `/api/exercises/${SLUG}/regrade`)).json();
    expect(run).toMatchObject({ toVersion: 2, submissions: 1 });
    let report: { counts: { regraded: number }; submissions: Array<{ after: { score: number; maxScore: number }; changedChecks: Array<{ id: string }> }> } | undefined;
    for (const deadline = Date.now() + 30_000; Date.now() < deadline && report?.counts.regraded !== 1; await new Promise((resolve) => setTimeout(resolve, 200))) {
      report = await (await send(teacher, 'GET', `/api/exercises/${SLUG}/regrades`)).json();
    }
    expect(report!.submissions[0]).toMatchObject({ after: { score: 4, maxScore: 4 }, changedChecks: [{ id: 'statement-example' }] });
    expect(await finalOf(submitted.id)).toMatchObject({ score: 4, exercise_version: 2 });
  });

  it('exports the folder as a zip, and imports it back as a new exercise', async () => {
    const response = await send(teacher, 'GET', `/api/authoring/exercises/${SLUG}/export`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(entries)).toContain(`${SLUG}/checks.ts`);
    const renamed = Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name.replace(SLUG, 'scale-copy'), bytes]));
    const archive = Buffer.from(zipSync(renamed)).toString('base64');
    const imported = await send(teacher, 'POST', '/api/authoring/import', { courseId, archive });
    expect(imported.status).toBe(201);
    expect(await imported.json()).toEqual({ slug: 'scale-copy', replacedDraft: false });
    expect((await draft('scale-copy')).files['solution.ts']).toBe(RIGHT);
    const catalogue = await send(teacher, 'GET', '/api/authoring/exercises/dense-forward/export');
    expect(Object.keys(unzipSync(new Uint8Array(await catalogue.arrayBuffer())))).toContain('dense-forward/solution.ts');
  });

  it('refuses archives that are not one exercise folder, file by file', async () => {
    const notZip = await send(teacher, 'POST', '/api/authoring/import', { courseId, archive: Buffer.from('hello').toString('base64') });
    expect(notZip.status).toBe(400);
    expect((await notZip.json()).message).toMatch(/not a zip archive/);
    const latin1 = zipSync({ 'odd-one/exercise.ts': new Uint8Array([0xe9]), 'odd-one/solution.ts': strToU8('export {}') });
    const refused = await send(teacher, 'POST', '/api/authoring/import', { courseId, archive: Buffer.from(latin1).toString('base64') });
    expect(refused.status).toBe(400);
    const { problems } = await refused.json();
    expect(problems).toEqual(expect.arrayContaining([{ file: 'exercise.ts', message: 'not UTF-8 text' }, { file: 'checks.ts', message: 'missing' }]));
    const bomb = zipSync({ 'bomb/statement.fr.md': new Uint8Array(10 * 1024 * 1024) });
    const bombed = await send(teacher, 'POST', '/api/authoring/import', { courseId, archive: Buffer.from(bomb).toString('base64') });
    expect(bombed.status).toBe(400);
    expect((await bombed.json()).message).toMatch(/too large/);
  });
});
