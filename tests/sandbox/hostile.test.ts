// Hostile submissions, graded directly (gradeSubmission in this process) and through the worker
// pool: each must end as a `failed` grading with the right reason, and the platform must go on
// grading correct submissions correctly afterwards.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeSubmission } from '../../graders/src/grade-submission';
import { createGradingPool, type GradingPool } from '../../graders/src/pool/index';
import { CORRECT_SUBMISSION, doubleIt } from './fixtures/double-it';

const CATALOG = fileURLToPath(new URL('./fixtures/catalog.ts', import.meta.url));

/** Each submission, what the grading must say, and how long it may take at most. */
const HOSTILE: Array<{ name: string; code: string; expect: Record<string, unknown>; maxMs?: number }> = [
  { name: 'an infinite loop', code: 'export function double() { while (true) {} }', expect: { failure: { reason: 'time-limit' } }, maxMs: 2_000 },
  {
    name: 'a promise that never settles',
    code: 'export async function double() { await new Promise(() => {}); }',
    expect: { failure: { reason: 'time-limit' } },
    maxMs: 3_000,
  },
  {
    name: 'a memory bomb',
    code: 'export function double() { const a = []; while (true) a.push(new Array(1e6).fill(1)); }',
    expect: { failure: { reason: 'memory-limit' } },
  },
  { name: 'a string bomb', code: 'export function double() { let s = "x"; while (true) s += s; }', expect: { status: 'failed' } },
  {
    name: 'a typed-array bomb',
    code: 'export function double() { const a = []; while (true) a.push(new Float64Array(1 << 24)); }',
    expect: { status: 'failed' },
  },
  {
    name: 'a resizable ArrayBuffer',
    code: 'export function double() { return [new ArrayBuffer(8, { maxByteLength: 2 ** 32 }).byteLength]; }',
    expect: { checks: [{ code: 'threw', message: { en: 'Your function threw an exception: RangeError: resizable ArrayBuffers are not available in the sandbox' } }, {}] },
  },
  {
    name: 'a throw',
    code: 'export function double(xs: number[]) { throw new Error("nope " + xs.length); }',
    expect: { checks: [{ code: 'threw', message: { en: 'Your function threw an exception: Error: nope 3' } }, { code: 'threw' }] },
  },
  {
    name: 'a syntax error',
    code: 'export function double(xs) {\n  return xs.map((x) => x *);\n}',
    expect: { failure: { reason: 'syntax', line: 2, column: 27 } },
  },
  { name: 'a static import', code: 'import { readFileSync } from "node:fs";\nexport const double = () => readFileSync("/etc/passwd");', expect: { failure: { reason: 'import' } } },
  {
    name: 'a top-level await of a dynamic import',
    code: 'const fs = await import("node:fs");\nexport const double = () => fs;',
    expect: { failure: { reason: 'top-level-threw' } },
  },
];

/** Escape attempts: each returns what it reached; the check fails unless every probe is empty. */
const ESCAPES = [
  'typeof process',
  'typeof require',
  'typeof module',
  'typeof WebAssembly',
  'typeof SharedArrayBuffer',
  'typeof Atomics',
  'typeof globalThis.constructor.constructor("return process")()',
  'typeof (function () { return this; })()?.process',
  'typeof Function("return this")().require',
  'typeof eval("typeof process === \\"undefined\\" ? undefined : process")',
  'typeof Object.getPrototypeOf(function* () {}).constructor("yield process")().next().value',
  'typeof (new Error()).constructor.constructor("return process")()',
  'typeof globalThis.$0',
  'typeof globalThis.hostLog',
  'typeof globalThis.ivm',
  'typeof Object.getOwnPropertyNames(globalThis).find((name) => /^(ivm|Reference|ExternalCopy|Callback|Isolate|Context|dispatch|hostLog|__dl.*|\\$\\d)$/.test(name))',
];
const ESCAPE_SUBMISSION = `
export async function double(xs: number[]) {
  const reached: string[] = [];
  const probes = [${ESCAPES.map((probe) => `() => ${probe}`).join(', ')}];
  for (const probe of probes) {
    try { const kind = probe(); if (kind !== 'undefined') reached.push(String(probe) + ' -> ' + kind); } catch {}
  }
  try { await import('node:fs'); reached.push('dynamic import'); } catch {}
  return reached.length === 0 ? xs.map((x) => 2 * x) : reached;
}`;

function expectHarmless(result: { status: string; checks: Array<{ passed: boolean }> }) {
  expect(result.status).toBe('failed');
  expect(result.checks.some((check) => check.passed)).toBe(false);
}

describe('hostile submissions, graded in this process', () => {
  const grade = (code: string) => gradeSubmission({ exercise: doubleIt, code, mode: 'submit', seed: 5, referenceBackend: 'cpu' });

  it.each(HOSTILE)('$name fails as expected', async ({ code, expect: expected, maxMs }) => {
    const startedAt = Date.now();
    const result = await grade(code);
    expectHarmless(result);
    expect(result).toMatchObject(expected);
    if (maxMs) expect(Date.now() - startedAt).toBeLessThan(maxMs);
    // The host is unaffected: the next submission is graded correctly.
    expect((await grade(CORRECT_SUBMISSION)).status).toBe('passed');
  });

  it('reaches nothing of the host, and the same probes pass when nothing is reached', async () => {
    const result = await grade(ESCAPE_SUBMISSION);
    expect(result.checks.map((check) => check.details?.got ?? null)).toEqual([null, null]);
    expect(result.status).toBe('passed');
    expect((globalThis as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('cannot pollute the host through a returned __proto__ key', async () => {
    const result = await grade(`export const double = () => JSON.parse('{"__proto__": {"polluted": true}}');`);
    expectHarmless(result);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('hostile submissions, graded by the worker pool', () => {
  let pool: GradingPool;
  beforeAll(async () => {
    pool = await createGradingPool({ size: 1, catalogModule: CATALOG, wallSlackMs: 2_000 });
  });
  afterAll(() => pool?.close());

  it.each(HOSTILE)('$name fails as expected and the pool stays up', async ({ code, expect: expected }) => {
    const result = await pool.grade({ slug: 'double-it', code, mode: 'submit', seed: 5 });
    expectHarmless(result);
    expect(result).toMatchObject(expected);
    const next = await pool.grade({ slug: 'double-it', code: CORRECT_SUBMISSION, mode: 'submit' });
    expect(next).toMatchObject({ status: 'passed', score: 3 });
  });

  it('reaches nothing of the worker process', async () => {
    expect(await pool.grade({ slug: 'double-it', code: ESCAPE_SUBMISSION, mode: 'submit' })).toMatchObject({ status: 'passed' });
  });
});
