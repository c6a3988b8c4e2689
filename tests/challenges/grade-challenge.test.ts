import { defineExercise, type LoadedExercise } from '@dl/graders';
import { defineChallengeChecks, predictionsValidCheck, publicAccuracyCheck } from '@dl/graders/challenge';
import { gradeChallenge, type TrainingProgress } from '@dl/graders/challenge/grading';
import { loadMnist, subsetMnist } from '@dl/graders/mnist';
import { describe, expect, it } from 'vitest';
import { NEAREST_CENTROID, predicting } from './models';

const dataset = subsetMnist(loadMnist(), 2_000, 1_000);

/** A challenge like mnist-mlp, with a budget small enough for tests. */
function challenge(overrides: { cpuMs?: number; memoryMb?: number; threshold?: number } = {}): LoadedExercise {
  return {
    slug: 'mnist-test',
    meta: defineExercise({
      title: { fr: 'Défi de test', en: 'Test challenge' },
      module: 'E',
      order: 1,
      difficulty: 1,
      exports: ['train', 'predict'],
      challenge: { threshold: overrides.threshold ?? 0.7, cpuMs: overrides.cpuMs ?? 20_000, memoryMb: overrides.memoryMb ?? 512, closesAt: '2030-01-01T00:00:00Z' },
    }),
    checks: defineChallengeChecks({ 'predictions-valid': predictionsValidCheck(1), 'public-accuracy': publicAccuracyCheck(4) }),
  };
}

const grade = (code: string, exercise = challenge(), onTraining?: (progress: TrainingProgress) => void) =>
  gradeChallenge({ exercise, code, mode: 'submit', seed: 7, dataset, referenceBackend: 'cpu', onTraining });

describe('gradeChallenge', () => {
  it('trains in the sandbox, scores both halves on the host and streams the reported losses', async () => {
    const progress: TrainingProgress[] = [];
    const result = await grade(NEAREST_CENTROID, challenge(), (event) => progress.push(event));
    expect(result.status).toBe('passed');
    expect(result.score).toBe(5);
    const { publicAccuracy, privateAccuracy, trainCount, testCount, budgetMs } = result.challenge!;
    expect(publicAccuracy).toBeGreaterThan(0.7);
    expect(privateAccuracy).toBeGreaterThan(0.7);
    expect(publicAccuracy).not.toBe(privateAccuracy);
    expect([trainCount, testCount, budgetMs]).toEqual([2_000, 1_000, 20_000]);
    // report() is throttled inside the isolate, and the last pending value is sent when train returns.
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.at(-1)).toMatchObject({ epoch: 10, loss: 0.1, budgetMs: 20_000 });
    const accuracy = result.checks.find((check) => check.id === 'public-accuracy')!;
    const plots = accuracy.details!.plots!;
    expect(plots[0]!.grid!.flat().reduce((a, b) => a + b, 0)).toBe(500); // confusion matrix of the public half
    expect(plots.some((plot) => plot.kind === 'line')).toBe(true);
  });

  it('fails a constant predictor on accuracy but accepts its predictions as valid', async () => {
    const result = await grade(predicting('new Array(count).fill(1)'));
    expect(result.status).toBe('failed');
    const byId = Object.fromEntries(result.checks.map((check) => [check.id, check]));
    expect(byId['predictions-valid']!.passed).toBe(true);
    expect(byId['public-accuracy']!.code).toBe('value');
    expect(byId['public-accuracy']!.message.en).toMatch(/below the 70\.00 % threshold/);
    expect(result.challenge!.publicAccuracy).toBeLessThan(0.2);
  });

  it.each([
    ['a wrong length', 'new Array(count * 10).fill(0)', 'shape', /must return 1000 values \(one per image\), not 10000/],
    ['non-integers', 'new Float64Array(count).fill(0.5)', 'type', /Prediction #0 is 0\.5: a class is an integer/],
    ['strings', 'new Array(count).fill("3")', 'type', /Prediction #0 is NaN/],
    ['classes out of range', 'Array.from({ length: count }, (_, i) => i === 17 ? 10 : 0)', 'value', /Prediction #17 is 10, outside the classes 0 to 9/],
  ])('gives a clear failed result for %s', async (_, expression, code, message) => {
    const result = await grade(predicting(expression));
    expect(result.status).toBe('failed');
    const valid = result.checks.find((check) => check.id === 'predictions-valid')!;
    expect(valid.code).toBe(code);
    expect(valid.message.en).toMatch(message);
    expect(result.challenge!.publicAccuracy).toBeNull();
  });

  it('stops a training over its CPU budget with the time it reached', async () => {
    const started = performance.now();
    const result = await grade('export function train() { for (;;) {} }\nexport function predict() { return []; }', challenge({ cpuMs: 1_500 }));
    expect(performance.now() - started).toBeLessThan(6_000);
    expect(result.status).toBe('failed');
    expect(result.failure?.reason).toBe('time-limit');
    expect(result.failure?.message.en).toMatch(/training budget of 1\.5 s of CPU time was exceeded, stopped at 1\.\d s/);
    expect(result.checks.every((check) => check.code === 'time-limit')).toBe(true);
  });

  it('stops an asynchronous training that never settles with the wall-clock watchdog', async () => {
    const result = await grade('export function train() { return new Promise(() => {}); }\nexport function predict() { return []; }', challenge({ cpuMs: 500 }));
    expect(result.failure?.reason).toBe('time-limit');
    expect(result.failure?.message.en).toMatch(/wall clock/);
  });

  it('stops a training over its memory limit', async () => {
    const code = 'export function train() { const keep = []; for (;;) keep.push(new Float64Array(1 << 20)); }\nexport function predict() { return []; }';
    const result = await grade(code, challenge({ memoryMb: 128 }));
    expect(result.failure?.reason).toBe('memory-limit');
  });

  it('reports a throw in train and keeps the model inside the isolate for predict', async () => {
    const threw = await grade('export function train() { throw new Error("oops"); }\nexport function predict() { return []; }');
    expect(threw.checks[0]!.code).toBe('threw');
    expect(threw.checks[0]!.message.en).toMatch(/Exception in train: Error: oops/);
    // An object model with methods (not plain data) is fine: it never leaves the isolate.
    const kept = await grade(`
      export function train(images, labels, count) { return { label: labels[0], guess() { return this.label; } }; }
      export function predict(model, images, count) { return new Array(count).fill(model.guess()); }`);
    expect(kept.checks[0]!.passed).toBe(true);
  });

  it('hands the data in once: train sees the training buffer, predict the test images, the host copy stays intact', async () => {
    const before = dataset.train.images[1_000 * 784 + 400];
    const result = await grade(`
      let seen = '';
      export function train(images, labels, count) {
        seen = [images.constructor.name, images.length, labels.constructor.name, labels.length, count].join(',');
        images.fill(0);
        return null;
      }
      export function predict(model, images, count) {
        if (seen !== 'Float32Array,${2_000 * 784},Uint8Array,2000,2000') throw new Error(seen);
        if (images.length !== count * 784) throw new Error('test images ' + images.length);
        return new Array(count).fill(0);
      }`);
    expect(result.checks[0]!.passed).toBe(true);
    expect(dataset.train.images[1_000 * 784 + 400]).toBe(before);
  });
});
