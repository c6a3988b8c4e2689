import { createGradingPool, type GradingPool } from '@dl/graders/pool';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExercise } from './catalog';
import { validateExercise } from './validation';

// Real sandboxed gradings through one worker: slow to start, so one pool for the file.
let pool: GradingPool;
beforeAll(async () => {
  pool = await createGradingPool({ size: 1 });
});
afterAll(async () => {
  await pool?.close();
});

const options = { seeds: 2, mistakeSeeds: 1, concurrency: 2 };

describe('validateExercise', () => {
  it('accepts dense-forward: solution passes, starter fails, each mistake caught by its check', async () => {
    const rows = await validateExercise(await loadExercise('dense-forward'), (request) => pool.grade(request), options);
    expect(rows.filter((row) => !row.passed)).toEqual([]);
    expect(rows.map((row) => row.subject)).toEqual([
      'solution',
      'starter',
      'mistakes/bias-added-per-row-wrongly.ts',
      'mistakes/bias-forgotten.ts',
      'mistakes/w-transposed.ts',
    ]);
  });

  it('reports a wrong solution, a passing starter and a mistake its named check misses', async () => {
    const exercise = await loadExercise('dense-forward');
    const wrong = exercise.mistakes.find((mistake) => mistake.file === 'w-transposed.ts')!;
    const tampered = {
      ...exercise,
      solution: wrong.code,
      starter: exercise.solution,
      // A 1×1 W reads the same both ways: this check cannot see the transposition.
      mistakes: [{ ...wrong, caughtBy: 'one-by-one' }],
    };
    const rows = await validateExercise(tampered, (request) => pool.grade(request), options);
    expect(rows.map((row) => [row.subject, row.passed])).toEqual([
      ['solution', false],
      ['starter', false],
      ['mistakes/w-transposed.ts', false],
    ]);
    expect(rows[0]!.detail).toMatch(/^2\/2 seeds wrong; seed 1: .*non-square/);
    expect(rows[2]!.detail).toContain('one-by-one passed');
  });
});
