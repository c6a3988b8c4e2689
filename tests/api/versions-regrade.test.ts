import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, startTestDatabase, type TestDatabase } from '@dl/infra';
import { createAccount, logger, startPlatformServices, type PlatformHandle } from '@dl/api';
import { TEST_PASSWORD, testEmail } from './api-under-test';

const SLUG = 'dense-forward';
const solution = readFileSync(join(repoRoot, 'exercises', SLUG, 'solution.ts'), 'utf8');
const DAY = 24 * 3600 * 1000;

// The grading pool's catalogue while the exercise has a bug: its first check fails every answer.
const BROKEN_CATALOG = `
import { loadExercise as loadReal } from ${JSON.stringify(join(repoRoot, 'exercises/src/catalog.ts'))};
import { fail } from ${JSON.stringify(join(repoRoot, 'graders/src/outcome.ts'))};
export async function loadExercise(slug) {
  const exercise = await loadReal(slug);
  if (slug !== ${JSON.stringify(SLUG)}) return exercise;
  const [id, check] = Object.entries(exercise.checks)[0];
  const broken = { ...check, run: async () => fail('value', { fr: 'Vérification boguée', en: 'Buggy check' }) };
  return { ...exercise, checks: { ...exercise.checks, [id]: broken } };
}
`;

// Versions and regrades on a real Postgres and real grading workers: the exercise is graded with
// a buggy check, the check is fixed (a new version), the instructor regrades and sees what flipped.
describe('exercise versions and regrading', () => {
  let database: TestDatabase;
  let platform: PlatformHandle | undefined;
  let pool: pg.Pool;
  let fixtureDir: string;
  let courseId: string;
  let submissionId: string;
  const start = async () => {
    platform = await startPlatformServices({
      databaseUrl: database.url, apiPort: 0, host: '127.0.0.1', withWorker: true, gradingWorkers: 1, cookieSecret: 'test-secret', submissionsPerMinute: 1_000,
    });
  };
  const signIn = async (name: string) => {
    const response = await fetch(`${platform!.url}/api/session`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: testEmail(name), password: TEST_PASSWORD }),
    });
    expect(response.status).toBe(200);
    return response.headers.get('set-cookie')!.split(';')[0];
  };
  const send = (method: string, path: string, cookie: string, body?: unknown) =>
    fetch(`${platform!.url}${path}`, { method, headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
  const waitFor = async <T>(read: () => Promise<T | undefined>): Promise<T> => {
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) {
      const value = await read();
      if (value !== undefined) return value;
    }
    throw new Error('timed out');
  };

  beforeAll(async () => {
    logger.level = process.env.LOG_LEVEL ?? 'warn';
    fixtureDir = mkdtempSync(join(tmpdir(), 'regrade-catalog-'));
    writeFileSync(join(fixtureDir, 'catalog.ts'), BROKEN_CATALOG);
    database = await startTestDatabase();
    pool = new pg.Pool({ connectionString: database.url, max: 2 });
    pool.on('error', () => undefined); // the database stops before the pool at the end
    process.env.DL_EXERCISE_CATALOG = join(fixtureDir, 'catalog.ts');
    await start();
    // The content the buggy check was graded with is version 1 (the sync will see the fix as a change).
    await pool.query(`UPDATE exercises SET content_hash = 'with-buggy-check' WHERE slug = $1`, [SLUG]);
    await pool.query(`UPDATE exercise_versions SET content_hash = 'with-buggy-check' WHERE slug = $1`, [SLUG]);
    for (const [name, role] of [['Regrade Teacher', 'instructor'], ['Regrade Student', 'student'], ['Other Teacher', 'instructor']] as const) {
      await createAccount(pool, { name, role, email: testEmail(name), password: TEST_PASSWORD });
    }
    const teacher = await signIn('Regrade Teacher');
    courseId = (await (await send('POST', '/api/courses', teacher, { title: 'Correction' })).json()).id;
    await pool.query(`INSERT INTO course_members (course_id, user_id, role) SELECT $1, id, 'student' FROM users WHERE name = 'Regrade Student'`, [courseId]);
    const assignment = await send('POST', `/api/courses/${courseId}/assignments`, teacher, {
      title: 'Couche dense', opensAt: new Date(Date.now() - DAY).toISOString(), dueAt: new Date(Date.now() + DAY).toISOString(), exercises: [{ slug: SLUG }],
    });
    expect(assignment.status).toBe(201);
    const student = await signIn('Regrade Student');
    const submitted = await send('POST', '/api/submissions', student, { exercise: SLUG, code: solution, mode: 'submit', assignment: (await assignment.json()).id });
    expect(submitted.status).toBe(202);
    submissionId = (await submitted.json()).id;
    await waitFor(async () => (await pool.query(`SELECT 1 FROM submissions WHERE id = $1 AND status IN ('passed', 'failed', 'error')`, [submissionId])).rows[0]);
    // The check is fixed: the platform restarts on the real catalogue.
    await platform!.close();
    delete process.env.DL_EXERCISE_CATALOG;
    await start();
  }, 120_000);

  afterAll(async () => {
    delete process.env.DL_EXERCISE_CATALOG;
    await platform?.close();
    await pool?.end();
    await database?.stop();
    rmSync(fixtureDir, { recursive: true, force: true });
  });

  it('numbers a changed exercise as a new version and records the version a submission was graded against', async () => {
    const { rows: versions } = await pool.query('SELECT version, content_hash FROM exercise_versions WHERE slug = $1 ORDER BY version', [SLUG]);
    expect(versions.map((row) => row.version)).toEqual([1, 2]);
    expect(versions[0].content_hash).toBe('with-buggy-check');
    const { rows: [submission] } = await pool.query('SELECT status, exercise_version, seed FROM submissions WHERE id = $1', [submissionId]);
    expect(submission).toMatchObject({ status: 'failed', exercise_version: 1 });
  });

  it('keeps regrading to instructors of a course using the exercise', async () => {
    expect((await send('POST', `/api/exercises/${SLUG}/regrade`, await signIn('Regrade Student'))).status).toBe(404);
    expect((await send('POST', `/api/exercises/${SLUG}/regrade`, await signIn('Other Teacher'))).status).toBe(404);
    expect((await send('GET', `/api/exercises/${SLUG}/regrades`, await signIn('Other Teacher'))).status).toBe(404);
    expect((await fetch(`${platform!.url}/api/exercises/${SLUG}/regrade`, { method: 'POST' })).status).toBe(401);
  });

  it('regrades with the same seed against the new version and reports the check that flipped', async () => {
    const teacher = await signIn('Regrade Teacher');
    const { rows: [before] } = await pool.query('SELECT seed, result, max_score FROM submissions WHERE id = $1', [submissionId]);
    const started = await send('POST', `/api/exercises/${SLUG}/regrade`, teacher);
    expect(started.status).toBe(202);
    expect(await started.json()).toMatchObject({ exercise: SLUG, toVersion: 2, submissions: 1 });
    const report = await waitFor(async () => {
      const response = await send('GET', `/api/exercises/${SLUG}/regrades`, teacher);
      const body = await response.json();
      return body.counts?.pending === 0 ? body : undefined;
    });
    const brokenCheck = before.result.checks.find((check: { passed: boolean }) => !check.passed).id;
    expect(report.counts).toEqual({ submissions: 1, regraded: 1, pending: 0, changed: 1 });
    expect(report.submissions[0]).toMatchObject({
      submissionId, userName: 'Regrade Student', fromVersion: 1, toVersion: 2,
      before: { status: 'failed', maxScore: before.max_score }, after: { status: 'passed', score: before.max_score, maxScore: before.max_score },
      changedChecks: [{ id: brokenCheck, before: { passed: false }, after: { passed: true } }],
    });
    expect(report.submissions[0].before.score).toBeLessThan(before.max_score);
    // The submission now holds the new result, same seed; the old one is kept with the regrade.
    const { rows: [after] } = await pool.query('SELECT status, seed, exercise_version, result FROM submissions WHERE id = $1', [submissionId]);
    expect(after).toMatchObject({ status: 'passed', seed: before.seed, exercise_version: 2 });
    expect(after.result.seed).toBe(before.result.seed);
    const { rows: [kept] } = await pool.query('SELECT old_result FROM regrades WHERE submission_id = $1', [submissionId]);
    expect(kept.old_result).toEqual(before.result);
  });
});
