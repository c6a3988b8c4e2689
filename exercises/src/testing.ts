import { createRng, deriveSeed, fail, type ChecksDefinition, type Outcome, type SandboxValue, type StudentModule } from '@dl/graders';
import { initReferenceBackend } from '@dl/reference';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXERCISES_ROOT, loadExercise } from './catalog';

/**
 * Turns the SandboxValue markers of a check's arguments into what the sandbox bootstrap builds from
 * them: a real function from its source, a `createRng(seed)` generator (the same stream as inside the isolate).
 */
function reviveSandboxValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reviveSandboxValues);
  if (value === null || typeof value !== 'object') return value;
  if (Object.hasOwn(value, '__sandbox')) {
    const marker = value as SandboxValue;
    if (marker.__sandbox === 'function') return (0, eval)(`(${marker.source}\n)`);
    if (marker.__sandbox === 'rng') return createRng(marker.seed);
  }
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, reviveSandboxValues(inner)]));
}

/**
 * Wraps a module imported on the host (a solution or a mistake) as the checks see a student:
 * async exports, arguments and results copied, as they are across the isolate boundary.
 * For fast tests of checks only; real grading goes through the sandbox (`npm run exercises:validate`).
 * @example
 *   const student = studentFromModule(await import('../dense-forward/solution'));
 */
export function studentFromModule(module: Record<string, unknown>): StudentModule {
  const student: StudentModule = {};
  for (const [name, value] of Object.entries(module)) {
    if (typeof value !== 'function') continue;
    student[name] = async (...args: unknown[]) => structuredClone(await value(...(reviveSandboxValues(structuredClone(args)) as unknown[])));
  }
  return student;
}

/**
 * Runs every check (visible and hidden) against a host-side student, seeding each check as grading
 * does; a throw from the student fails that check, as in the sandbox.
 * @example
 *   const outcomes = await runChecks(checks, student, 42); // { 'statement-example': { passed: true, … }, … }
 */
export async function runChecks(checks: ChecksDefinition, student: StudentModule, seed: number): Promise<Record<string, Outcome>> {
  const outcomes: Record<string, Outcome> = {};
  for (const [id, check] of Object.entries(checks)) {
    const checkSeed = deriveSeed(seed, id);
    try {
      outcomes[id] = await check.run({ student, rng: createRng(checkSeed), seed: checkSeed });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      outcomes[id] = fail('threw', { fr: message, en: message });
    }
  }
  return outcomes;
}

/** The ids of the checks that failed, with their messages, for readable test failures. */
export function failures(outcomes: Record<string, Outcome>): string[] {
  return Object.entries(outcomes)
    .filter(([, outcome]) => !outcome.passed)
    .map(([id, outcome]) => `${id}: ${outcome.message.en}`);
}

/**
 * The standard test of an exercise's checks, run on the host with real references (fast; the
 * sandboxed version is `npm run exercises:validate`): the solution passes every check on `seeds`
 * seeds, the starter fails every check, each mistake fails its named check.
 * @example
 *   testExerciseChecks('dense-forward'); // in exercises/dense-forward/checks.test.ts
 */
export function testExerciseChecks(slug: string, { seeds = 20, mistakeSeed = 7 } = {}): void {
  const folder = path.join(EXERCISES_ROOT, slug);
  const importStudent = async (file: string) => studentFromModule(await import(pathToFileURL(path.join(folder, file)).href));

  describe(`${slug} checks`, () => {
    beforeAll(async () => {
      await initReferenceBackend();
    });

    it(`pass the instructor solution on ${seeds} seeds`, async () => {
      const { checks } = await loadExercise(slug);
      const student = await importStudent('solution.ts');
      for (let seed = 1; seed <= seeds; seed++) {
        expect(failures(await runChecks(checks, student, seed)), `seed ${seed}`).toEqual([]);
      }
    });

    it('fail the starter on every check', async () => {
      const { checks } = await loadExercise(slug);
      const outcomes = await runChecks(checks, await importStudent('starter.ts'), mistakeSeed);
      expect(Object.entries(outcomes).filter(([, outcome]) => outcome.passed).map(([id]) => id)).toEqual([]);
    });

    it('catch each mistake on its named check', async () => {
      const { checks, mistakes } = await loadExercise(slug);
      expect(mistakes.length).toBeGreaterThan(0);
      for (const mistake of mistakes) {
        const outcomes = await runChecks(checks, await importStudent(path.join('mistakes', mistake.file)), mistakeSeed);
        expect(outcomes[mistake.caughtBy]!.passed, `${mistake.file} should fail ${mistake.caughtBy}`).toBe(false);
      }
    });
  });
}
