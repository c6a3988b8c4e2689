import { describe, expect, it } from 'vitest';
import { defineChecks } from './define-checks';
import { defineExercise } from './define-exercise';
import { gradeSubmission, type LoadedExercise } from './grade-submission';
import { fail, pass } from './outcome';
import { text } from './localized';
import type { GradingMode } from './result';

const sameNumbers = (got: unknown, expected: number[]) =>
  Array.isArray(got) && got.length === expected.length && got.every((value, i) => value === expected[i]);

/** A tiny exercise: `double(xs)` returns every element times two. */
const exercise: LoadedExercise = {
  slug: 'double-it',
  meta: defineExercise({
    title: text('Doubler', 'Double'),
    module: 'A',
    order: 1,
    difficulty: 1,
    exports: ['double'],
    limits: { cpuMs: 300, memoryMb: 32 },
  }),
  checks: defineChecks({
    'small-vector': {
      visible: true,
      points: 1,
      title: text('Petit vecteur', 'Small vector'),
      async run({ student }) {
        const got = await student.double([1, 2, 3]);
        return sameNumbers(got, [2, 4, 6]) ? pass() : fail('value', text('double([1, 2, 3]) est faux', 'double([1, 2, 3]) is wrong'), { got });
      },
    },
    'random-vector': {
      visible: false,
      points: 2,
      title: text('Vecteur aléatoire', 'Random vector'),
      async run({ student, rng }) {
        const xs = Array.from({ length: 40 }, () => Math.round(rng() * 100));
        const got = await student.double(xs);
        const expected = xs.map((x) => 2 * x);
        if (sameNumbers(got, expected)) return pass();
        return fail('value', text('double(xs) est faux', 'double(xs) is wrong'), { input: { xs }, expected, got });
      },
    },
  }),
};

const grade = (code: string, mode: GradingMode = 'submit', target: LoadedExercise = exercise) =>
  gradeSubmission({ exercise: target, code, mode, seed: 1234, referenceBackend: 'cpu' });

describe('gradeSubmission', () => {
  it('passes a correct submission with full score, timings and logs', async () => {
    const progress: Array<[number, number]> = [];
    const result = await gradeSubmission({
      exercise,
      code: 'export function double(xs: number[]): number[] { console.log("n =", xs.length); return xs.map((x) => 2 * x); }',
      mode: 'submit',
      seed: 1234,
      referenceBackend: 'cpu',
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(result).toMatchObject({ exercise: 'double-it', status: 'passed', score: 3, maxScore: 3, seed: 1234, referenceBackend: 'cpu' });
    expect(result.checks.map((check) => [check.id, check.passed, check.earned])).toEqual([
      ['small-vector', true, 1],
      ['random-vector', true, 2],
    ]);
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(result.logs).toEqual(['n = 3', 'n = 40']);
    expect(result.timings.totalMs).toBeGreaterThanOrEqual(result.timings.checksMs);
    expect(result.timings.cpuMs).toBeGreaterThan(0);
  });

  it('runs only visible checks in run mode', async () => {
    const result = await grade('export const double = (xs: number[]) => xs.map((x) => 2 * x);', 'run');
    expect(result.checks.map((check) => check.id)).toEqual(['small-vector']);
    expect(result).toMatchObject({ status: 'passed', score: 1, maxScore: 1 });
  });

  it('reports a syntax error with its position and lists every check as not run', async () => {
    const result = await grade('export function double(xs) {\n  return xs.map((x) => 2 *);\n}');
    expect(result).toMatchObject({ status: 'failed', score: 0, maxScore: 3, failure: { reason: 'syntax', line: 2, column: 27 } });
    expect(result.checks).toHaveLength(2);
    expect(result.checks.every((check) => !check.passed && check.message.en.startsWith('Grading could not start.'))).toBe(true);
  });

  it('names the missing exports', async () => {
    const result = await grade('export const triple = (xs: number[]) => xs;');
    expect(result.failure).toMatchObject({ reason: 'missing-export', message: { en: 'Missing exported function(s): double.' } });
  });

  it('reports imports and top-level throws as the student’s failures', async () => {
    expect((await grade('import fs from "node:fs";\nexport const double = () => fs;')).failure?.reason).toBe('import');
    const threw = await grade('throw new Error("no");\nexport const double = () => 1;');
    expect(threw.failure).toMatchObject({ reason: 'top-level-threw', message: { en: 'The module threw while loading: Error: no' } });
  });

  it('fails only the check whose call threw, with the student’s message, and goes on', async () => {
    const result = await grade('export function double(xs: number[]) { if (xs.length > 3) throw new Error("too long"); return xs.map((x) => 2 * x); }');
    expect(result.status).toBe('failed');
    expect(result.score).toBe(1);
    expect(result.checks[1]).toMatchObject({ passed: false, code: 'threw', message: { en: 'Your function threw an exception: Error: too long' } });
    expect(result.failure).toBeUndefined();
  });

  it('ends the grading at the time limit: the current and remaining checks fail', async () => {
    const result = await grade('export function double(xs: number[]) { while (true) {} }');
    expect(result.failure?.reason).toBe('time-limit');
    expect(result.checks.map((check) => check.code)).toEqual(['time-limit', 'time-limit']);
  });

  it('gives back only a sample of a hidden check’s input', async () => {
    const result = await grade('export const double = (xs: number[]) => xs.map((x) => 2 * x + 1);');
    const hidden = result.checks[1]!;
    expect(hidden.passed).toBe(false);
    const xs = hidden.details?.input?.xs as unknown[];
    expect(xs.length).toBeLessThan(10);
    expect(xs[xs.length - 1]).toMatch(/^…\(\+\d+\)$/);
    expect((result.checks[0]!.details?.got as unknown[]).length).toBe(3);
  });

  it('reports a fault of the check code itself as a platform error, not the student’s', async () => {
    const broken: LoadedExercise = {
      ...exercise,
      checks: defineChecks({
        'broken-check': {
          visible: true,
          points: 1,
          title: text('Cassé', 'Broken'),
          async run() {
            throw new TypeError('reference exploded');
          },
        },
      }),
    };
    const result = await grade('export const double = (xs: number[]) => xs;', 'submit', broken);
    expect(result).toMatchObject({ status: 'error', error: 'TypeError: reference exploded', score: 0 });
  });

  it('is reproducible from its seed', async () => {
    const code = 'export const double = (xs: number[]) => xs.map((x) => 2 * x + (x > 50 ? 1 : 0));';
    const [a, b] = [await grade(code), await grade(code)];
    expect(a.checks[1]!.details).toEqual(b.checks[1]!.details);
  });
});
