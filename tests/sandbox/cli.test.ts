// The command-line grader, run as a real process on the test catalogue.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CORRECT_SUBMISSION } from './fixtures/double-it';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CATALOG = fileURLToPath(new URL('./fixtures/catalog.ts', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'grade-cli-'));

function grade(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'graders/src/cli/grade.ts', ...args], { cwd: ROOT, env: { ...process.env, DL_EXERCISE_CATALOG: CATALOG } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function submission(code: string): string {
  const file = join(folder, `${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, code);
  return file;
}

describe('npm run grade', () => {
  it('prints one JSON object with --json and exits 0 when grading ran', async () => {
    const wrong = submission('export const double = (xs: number[]) => xs.map((x) => 2 * x + (x > 50 ? 1 : 0));');
    const { code, stdout } = await grade(['double-it', wrong, '--json', '--seed', '3', '--lang', 'en']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      exercise: 'double-it',
      status: 'failed',
      score: 1,
      maxScore: 3,
      seed: 3,
      checks: [
        { name: 'small-vector', passed: true, message: 'Correct.' },
        { name: 'random-vector', passed: false, message: 'double(xs) is wrong' },
      ],
    });
  });

  it('prints a readable French summary by default, in run mode when asked', async () => {
    const { code, stdout } = await grade(['double-it', submission(CORRECT_SUBMISSION), '--mode', 'run', '--seed', '8']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^double-it : RÉUSSI — Score 1\/1 \(graine 8, référence (tensorflow|wasm|cpu)\)\n {2}✓ small-vector \[1\/1\] {2}Correct\.\n$/);
  });

  it('exits 2 when it cannot grade: unknown exercise, unreadable file, bad arguments', async () => {
    expect((await grade(['no-such-exercise', submission(CORRECT_SUBMISSION)])).code).toBe(2);
    expect((await grade(['double-it', join(folder, 'missing.ts')])).code).toBe(2);
    expect((await grade(['double-it'])).code).toBe(2);
  });
});
