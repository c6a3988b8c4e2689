import { createGradingPool, type GradingPool, type TrainingEvent } from '@dl/graders/pool';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEAREST_CENTROID, predicting } from './models';

// The real grading worker process, on the real mnist-mlp exercise, with a subset of MNIST.
let pool: GradingPool;
beforeAll(async () => {
  pool = await createGradingPool({ size: 1, rssCapMb: 2_560, env: { DL_CHALLENGE_SUBSET: '2000:1000', DL_CHALLENGE_THRESHOLD: '0.7' } });
});
afterAll(() => pool?.close());

describe('challenge grading in the worker pool', () => {
  it('grades mnist-mlp in a worker process, streaming training progress to the caller', async () => {
    const events: TrainingEvent[] = [];
    const result = await pool.grade({ slug: 'mnist-mlp', code: NEAREST_CENTROID, mode: 'submit', seed: 3, cpuMs: 90_000 }, undefined, (event) => events.push(event));
    expect(result.status).toBe('passed');
    expect(result.challenge).toMatchObject({ trainCount: 2_000, testCount: 1_000, budgetMs: 90_000 });
    expect(result.challenge!.privateAccuracy).toBeGreaterThan(0.7);
    expect(events.at(-1)).toMatchObject({ epoch: 10, budgetMs: 90_000 });
  });

  it('keeps the worker up after bad predictions: the next grading runs on the same worker', async () => {
    const bad = await pool.grade({ slug: 'mnist-mlp', code: predicting('new Array(count).fill(-1)'), mode: 'submit', seed: 3, cpuMs: 90_000 });
    expect(bad.checks.find((check) => check.id === 'predictions-valid')!.message.en).toMatch(/outside the classes/);
    const good = await pool.grade({ slug: 'mnist-mlp', code: predicting('new Array(count).fill(0)'), mode: 'run', seed: 3, cpuMs: 90_000 });
    expect(good.checks.find((check) => check.id === 'predictions-valid')!.passed).toBe(true);
    expect(pool.stats().kills).toEqual({});
  });
});
