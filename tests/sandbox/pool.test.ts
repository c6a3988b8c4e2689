// The supervisor's own guarantees: a worker past its RSS cap or its deadline is killed and
// replaced, an unexplained crash is retried once, workers are recycled, tasks queue.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGradingPool, type GradingPool } from '../../graders/src/pool/index';
import { CORRECT_SUBMISSION } from './fixtures/double-it';

const CATALOG = fileURLToPath(new URL('./fixtures/catalog.ts', import.meta.url));

/** Grading worker processes of this test process. */
function workerPids(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const ppid = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1];
        return ppid === String(process.pid) && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('sandbox-worker');
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Kills the pool's busy worker from outside, as an unexplained crash would, `times` times. */
async function crashBusyWorker(target: GradingPool, times: number): Promise<void> {
  const killed = new Set<number>();
  while (killed.size < times) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (target.stats().busy === 0) continue;
    const pid = workerPids().find((candidate) => !killed.has(candidate));
    if (pid === undefined) continue;
    killed.add(pid);
    process.kill(pid, 'SIGKILL');
  }
}

/** Busy for about `ms` of CPU, then correct: a grading long enough to be interrupted. */
const slowCorrect = (ms: number) =>
  `export function double(xs: number[]) { const end = Date.now() + ${ms}; while (Date.now() < end) {} return xs.map((x) => 2 * x); }`;

let pool: GradingPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('createGradingPool', () => {
  it('kills and replaces a worker that passes its RSS cap, and the grading fails for memory', async () => {
    pool = await createGradingPool({ size: 1, catalogModule: CATALOG, rssCapMb: 360 });
    const bomb = 'export function double() { const a = []; for (let i = 0; i < 400; i++) a.push(new Array(1e6).fill(i + 0.5)); return [a.length]; }';
    const pidsBefore = workerPids();
    const result = await pool.grade({ slug: 'memory-hungry', code: bomb, mode: 'run' });
    expect(result).toMatchObject({ status: 'failed', score: 0, failure: { reason: 'memory-limit' } });
    expect(result.failure?.message.en).toMatch(/MB resident, above the 360 MB cap/);
    expect(result.checks).toHaveLength(1);
    expect(pool.stats().kills).toEqual({ memory: 1 });
    expect(await pool.grade({ slug: 'memory-hungry', code: CORRECT_SUBMISSION, mode: 'submit' })).toMatchObject({ status: 'passed', score: 3 });
    expect(workerPids()).not.toEqual(pidsBefore);
    expect(pool.stats()).toMatchObject({ workers: 1, busy: 0, queued: 0 });
  });

  it('kills a worker past its wall-clock deadline and reports the time limit', async () => {
    pool = await createGradingPool({ size: 1, catalogModule: CATALOG, wallSlackMs: 200 });
    // The pool's deadline (cpuMs 100 + 200 ms) falls long before the exercise's own 8 s budget.
    const result = await pool.grade({ slug: 'memory-hungry', code: slowCorrect(5_000), mode: 'run', cpuMs: 100 });
    expect(result).toMatchObject({ status: 'failed', failure: { reason: 'time-limit' } });
    expect(result.failure?.message.en).toContain('still running after 300 ms');
    expect(pool.stats().kills).toEqual({ time: 1 });
    expect((await pool.grade({ slug: 'double-it', code: CORRECT_SUBMISSION, mode: 'run' })).status).toBe('passed');
  });

  it('retries a grading once on a fresh worker after an unexplained crash', async () => {
    pool = await createGradingPool({ size: 1, catalogModule: CATALOG });
    const [result] = await Promise.all([pool.grade({ slug: 'memory-hungry', code: slowCorrect(1_500), mode: 'run' }), crashBusyWorker(pool, 1)]);
    expect(result.status).toBe('passed');
    expect(pool.stats().kills).toEqual({ crash: 1 });
  });

  it('gives up with reason crash when a submission takes down a worker twice', async () => {
    pool = await createGradingPool({ size: 1, catalogModule: CATALOG });
    const [result] = await Promise.all([pool.grade({ slug: 'memory-hungry', code: slowCorrect(3_000), mode: 'run', seed: 9 }), crashBusyWorker(pool, 2)]);
    expect(result).toMatchObject({ status: 'failed', seed: 9, failure: { reason: 'crash' } });
    expect(result.failure?.message.en).toMatch(/^The submission crashed the grading worker twice/);
    expect((await pool.grade({ slug: 'double-it', code: CORRECT_SUBMISSION, mode: 'run' })).status).toBe('passed');
  });

  it('replaces a worker still holding more memory than allowed after a grading, and keeps a lean one', async () => {
    pool = await createGradingPool({ size: 1, catalogModule: CATALOG });
    for (let i = 0; i < 3; i++) expect((await pool.grade({ slug: 'double-it', code: CORRECT_SUBMISSION, mode: 'run' })).status).toBe('passed');
    expect(pool.stats().kills.recycle ?? 0).toBe(0);
    await pool.close();
    pool = await createGradingPool({ size: 1, catalogModule: CATALOG, recycleAboveRssMb: 1 });
    for (let i = 0; i < 2; i++) expect((await pool.grade({ slug: 'double-it', code: CORRECT_SUBMISSION, mode: 'run' })).status).toBe('passed');
    await vi.waitFor(() => expect(pool!.stats().kills.recycle).toBe(2)); // counted when the old worker has exited
  });

  it('reports progress during a slow grading, and sends none for one that ends within milliseconds', async () => {
    pool = await createGradingPool({ size: 1, catalogModule: CATALOG });
    const slowReports: Array<[number, number]> = [];
    const slow = await pool.grade({ slug: 'memory-hungry', code: slowCorrect(120), mode: 'submit' }, (done, total) => slowReports.push([done, total]));
    expect(slow.status).toBe('passed');
    expect(slowReports).toContainEqual([1, 2]);
    const fastReports: Array<[number, number]> = [];
    expect((await pool.grade({ slug: 'double-it', code: CORRECT_SUBMISSION, mode: 'submit' }, (done, total) => fastReports.push([done, total]))).status).toBe('passed');
    expect(fastReports).toEqual([]);
  });

  it('queues tasks beyond its size, recycles workers, draws a seed, and rejects an unknown exercise', async () => {
    pool = await createGradingPool({ size: 1, catalogModule: CATALOG, recycleAfterJobs: 2 });
    const results = await Promise.all([1, 2, 3].map(() => pool!.grade({ slug: 'double-it', code: CORRECT_SUBMISSION, mode: 'submit' })));
    expect(results.map((result) => result.status)).toEqual(['passed', 'passed', 'passed']);
    expect(new Set(results.map((result) => result.seed)).size).toBe(3);
    expect(pool.stats().kills.recycle).toBeGreaterThanOrEqual(1);
    await expect(pool.grade({ slug: 'no-such-exercise', code: CORRECT_SUBMISSION, mode: 'run' })).rejects.toThrow(/no-such-exercise/);
  });
});
