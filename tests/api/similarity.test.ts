import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiUnderTest, type ApiUnderTest } from './api-under-test';

const DAY = 24 * 3600 * 1000;
const ORIGINAL = `export function denseForward(x: number[][], w: number[][], b: number[]): number[][] {
  return x.map((row) => {
    const out: number[] = [];
    for (let j = 0; j < b.length; j++) {
      let sum = b[j];
      for (let i = 0; i < row.length; i++) sum += row[i] * w[i][j];
      out.push(sum);
    }
    return out;
  });
}`;
// The same code with every name changed, a comment added and the spacing redone.
const RENAMED = `// my own work
export function denseForward(inputs: number[][], weights: number[][], bias: number[]): number[][] {
  return inputs.map((example) => {
    const result: number[] = [];
    for (let k = 0; k < bias.length; k++) {
      let acc = bias[k];   // start from the bias
      for (let m = 0; m < example.length; m++) acc += example[m] * weights[m][k];
      result.push(acc);
    }
    return result;
  });
}`;
const DIFFERENT = `export const denseForward = (x: number[][], w: number[][], b: number[]) =>
  x.map((r) => b.map((bj, j) => r.reduce((s, v, i) => s + v * w[i][j], bj)));`;

// The similarity report on a real Postgres: ranking, fragments and who may read it.
describe('GET /api/courses/:id/similarity', () => {
  let api: ApiUnderTest;
  let teacher: string;
  let courseId: string;
  const send = (method: string, path: string, cookie: string, body?: unknown) =>
    api.request(path, { method, headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });

  beforeAll(async () => {
    api = await startApiUnderTest({ withWorker: false });
    await api.createUser({ name: 'Similarity Teacher', role: 'instructor' });
    await api.createUser({ name: 'Elsewhere Teacher', role: 'instructor' });
    teacher = await api.signIn('Similarity Teacher');
    courseId = (await (await send('POST', '/api/courses', teacher, { title: 'Plagiat' })).json()).id;
    const assignment = await send('POST', `/api/courses/${courseId}/assignments`, teacher, {
      title: 'Dense', opensAt: new Date(Date.now() - DAY).toISOString(), dueAt: new Date(Date.now() + DAY).toISOString(), exercises: [{ slug: 'dense-forward' }],
    });
    const assignmentId = (await assignment.json()).id;
    for (const [name, code] of [['Ann', ORIGINAL], ['Bob', DIFFERENT], ['Cat', RENAMED]]) {
      const id = await api.createUser({ name });
      await api.pool.query(`INSERT INTO course_members (course_id, user_id, role) VALUES ($1, $2, 'student')`, [courseId, id]);
      const cookie = await api.signIn(name);
      // An earlier attempt does not count: only each student's latest submission is compared.
      if (name === 'Cat') expect((await api.submit(cookie, { exercise: 'dense-forward', code: DIFFERENT, mode: 'submit', assignment: assignmentId })).status).toBe(202);
      expect((await api.submit(cookie, { exercise: 'dense-forward', code, mode: 'submit', assignment: assignmentId })).status).toBe(202);
    }
  }, 60_000);
  afterAll(() => api?.close());

  it('ranks the renamed copy first, with its matching fragments on both sides', async () => {
    const response = await send('GET', `/api/courses/${courseId}/similarity?exercise=dense-forward`, teacher);
    expect(response.status).toBe(200);
    const report = await response.json();
    expect(report.students).toBe(3);
    expect(report.pairs).toHaveLength(3);
    const [top, ...rest] = report.pairs;
    expect([top.left.name, top.right.name].sort()).toEqual(['Ann', 'Cat']);
    expect(top.similarity).toBeGreaterThan(0.8);
    for (const pair of rest) expect(pair.similarity).toBeLessThan(0.3);
    const annSide = top.left.name === 'Ann' ? 'left' : 'right';
    const catSide = annSide === 'left' ? 'right' : 'left';
    const fragment = top.fragments.find((entry: Record<string, { text: string }>) => entry[annSide].text.includes('sum += row[i] * w[i][j]'));
    expect(fragment[catSide].text).toContain('acc += example[m] * weights[m][k]');
    // Cat's code starts with a comment line: the same statement is one line lower on that side.
    expect(fragment[catSide].startLine).toBeGreaterThan(fragment[annSide].startLine);
  });

  it('is for instructors of the course only', async () => {
    const path = `/api/courses/${courseId}/similarity?exercise=dense-forward`;
    expect((await send('GET', path, await api.signIn('Ann'))).status).toBe(403);
    expect((await send('GET', path, await api.signIn('Elsewhere Teacher'))).status).toBe(404);
    expect((await api.request(path)).status).toBe(401);
    expect((await send('GET', `/api/courses/${courseId}/similarity`, teacher)).status).toBe(400);
  });
});
