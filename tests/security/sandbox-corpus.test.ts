// The hostile corpus (corpus.ts) graded by the real grading pool: two worker processes, real
// isolates, graded concurrently. Each entry must end as `failed` with its expected reason and
// check code within its wall-clock bound; afterwards the host process is untouched and the pool
// still grades a correct submission correctly.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGradingPool, type GradingPool } from '../../graders/src/pool/index';
import type { GradingResult } from '../../graders/src/result';
import { HOSTILE_CORPUS, type HostileCategory, type HostileSubmission } from './corpus';
import { CORRECT_DOUBLE } from './fixtures/target-exercise';

const CATALOG = fileURLToPath(new URL('./fixtures/catalog.ts', import.meta.url));
/** Control characters a result must never carry back (tab and newline are allowed). */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Checks one graded entry against its expectation: the assertions every entry shares. */
export function expectHostileOutcome(entry: HostileSubmission, result: GradingResult): void {
  expect(result.status, entry.id).toBe('failed');
  expect(result.score, entry.id).toBe(0);
  expect(result.checks.length, entry.id).toBeGreaterThan(0);
  expect(result.checks.some((check) => check.passed), entry.id).toBe(false);
  const first = result.checks[0]!;
  const { reason, checkCode } = entry.expected;
  if (reason) expect([reason].flat(), `${entry.id}: ${first.message.en}`).toContain(result.failure?.reason);
  if (checkCode) expect([checkCode].flat(), `${entry.id}: ${first.message.en}`).toContain(first.code);
  if (entry.expected.message) expect(first.message.en, entry.id).toMatch(entry.expected.message);
  for (const check of result.checks) {
    expect(check.message.en.length, entry.id).toBeLessThan(5_000);
    expect(check.message.en, entry.id).not.toMatch(CONTROL_CHARACTERS);
  }
  expect(result.logs.length, entry.id).toBeLessThanOrEqual(200);
}

describe('hostile corpus through the grading pool', () => {
  let pool: GradingPool;
  const outcomes = new Map<string, Promise<GradingResult>>();
  let suiteMs = 0;

  beforeAll(async () => {
    // The isolate's own clocks (800 ms of CPU + 1 s) act first; the supervisor's deadline and RSS cap are behind them.
    pool = await createGradingPool({ size: 2, catalogModule: CATALOG, wallSlackMs: 2_500, rssCapMb: 768 });
    const startedAt = performance.now();
    for (const entry of HOSTILE_CORPUS) outcomes.set(entry.id, pool.grade({ slug: entry.exercise, code: entry.code, mode: 'submit', seed: 7 }));
    await Promise.allSettled(outcomes.values());
    suiteMs = performance.now() - startedAt;
  }, 120_000);
  afterAll(() => pool?.close());

  it('holds at least 40 submissions, in every category, with unique names', () => {
    const count = (category: HostileCategory) => HOSTILE_CORPUS.filter((entry) => entry.category === category).length;
    expect(HOSTILE_CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(HOSTILE_CORPUS.map((entry) => entry.id)).size).toBe(HOSTILE_CORPUS.length);
    for (const category of ['escape', 'denial-of-service', 'tampering'] as const) expect(count(category)).toBeGreaterThanOrEqual(10);
  });

  it.each(HOSTILE_CORPUS.map((entry) => [entry.category, entry.id, entry] as const))('%s: %s ends failed as expected', async (_category, _id, entry) => {
    const result = await outcomes.get(entry.id)!;
    expectHostileOutcome(entry, result);
    expect(result.timings.totalMs, entry.id).toBeLessThan(entry.maxWallMs);
  });

  it('leaves the host untouched and the pool grading correctly', async () => {
    expect(suiteMs).toBeLessThan(90_000);
    for (const key of ['polluted', 'passed', 'status', 'toJSON']) {
      expect(Object.hasOwn(Object.prototype, key), key).toBe(false);
      expect(Object.hasOwn(Array.prototype, key), key).toBe(false);
    }
    expect(typeof JSON.stringify).toBe('function');
    expect(JSON.stringify([1])).toBe('[1]');
    const results = await Promise.all([1, 2, 3].map((seed) => pool.grade({ slug: 'security-target', code: CORRECT_DOUBLE, mode: 'submit', seed })));
    expect(results.map((result) => [result.status, result.score])).toEqual([['passed', 3], ['passed', 3], ['passed', 3]]);
    expect(pool.stats()).toMatchObject({ workers: 2, busy: 0, queued: 0 });
  });
});
