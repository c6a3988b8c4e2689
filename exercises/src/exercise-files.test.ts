import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { loadExerciseFolder } from './catalog';
import { ArchiveError, checkExerciseFiles, exportArchive, filesHash, importArchive, materialiseExercise, removeUnusedAuthoredFolders, templateFiles, UNUSED_FOLDER_MAX_AGE_MS } from './exercise-files';

describe('exercise files', () => {
  const written: string[] = [];
  afterAll(() => written.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  it('accepts the template and says what is wrong with a broken set, file by file', async () => {
    const template = await templateFiles();
    expect(checkExerciseFiles(template)).toEqual([]);
    const problems = checkExerciseFiles({ ...template, 'starter.ts': 'export function scale(\n  xs: number[]) {\n  return ;;\n', 'mistakes/no-header.ts': 'export {}', '../escape.ts': '' });
    // In the order of the keys: starter.ts keeps the template's position.
    expect(problems).toEqual([
      { file: 'starter.ts', line: 4, column: 1, message: expect.stringMatching(/^Syntax error at line 4, column 1/) },
      { file: 'mistakes/no-header.ts', line: 1, column: 1, message: expect.stringMatching(/caught-by/) },
      { file: '../escape.ts', message: expect.stringMatching(/not a file an exercise has/) },
    ]);
    expect(checkExerciseFiles(['not', 'an', 'object'])).toEqual([{ file: '', message: expect.stringMatching(/object/) }]);
  });

  it('hashes content, not key order', async () => {
    const template = await templateFiles();
    const reversed = Object.fromEntries(Object.entries(template).reverse());
    expect(filesHash(reversed)).toBe(filesHash(template));
    expect(filesHash({ ...template, 'solution.ts': '// changed' })).not.toBe(filesHash(template));
  });

  it('writes a folder that loads like a catalogue exercise, once per content', async () => {
    const template = await templateFiles();
    const folder = await materialiseExercise('template-copy', template);
    written.push(folder);
    expect(await materialiseExercise('template-copy', template)).toBe(folder);
    expect(readFileSync(join(folder, 'mistakes', 'adds-instead.ts'), 'utf8')).toBe(template['mistakes/adds-instead.ts']);
    const exercise = await loadExerciseFolder(folder, 'template-copy');
    expect(exercise.meta.exports).toEqual(['scale']);
    expect(Object.keys(exercise.checks)).toEqual(['statement-example', 'random-vectors']);
    expect(exercise.mistakes.map((mistake) => mistake.caughtBy)).toEqual(['statement-example']);
    await expect(materialiseExercise('../escape', template)).rejects.toThrow(/not a slug/);
    expect(existsSync(join(folder, '..', '..', 'escape'))).toBe(false);
  });

  it('marks a folder used each time it is asked for, so that the sweep keeps it', async () => {
    const template = await templateFiles();
    const folder = await materialiseExercise('template-kept', template);
    written.push(folder);
    const longAgo = new Date(Date.now() - 2 * UNUSED_FOLDER_MAX_AGE_MS);
    utimesSync(folder, longAgo, longAgo);
    expect(await materialiseExercise('template-kept', template)).toBe(folder);
    expect(Date.now() - statSync(folder).mtimeMs).toBeLessThan(60_000);
  });

  it('sweeps away written folders unused for a week and half-written ones, nothing else', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dl-sweep-'));
    try {
      const make = (name: string, ageMs: number) => {
        mkdirSync(join(root, name, 'mistakes'), { recursive: true });
        const when = new Date(Date.now() - ageMs);
        utimesSync(join(root, name), when, when);
      };
      const hour = 3600 * 1000;
      make('.authored-old-draft-0123456789abcdef', UNUSED_FOLDER_MAX_AGE_MS + hour);
      make('.authored-in-use-0123456789abcdef', UNUSED_FOLDER_MAX_AGE_MS - hour);
      make('.authored-died-0123456789abcdef.42.1700000000000.partial', 2 * hour);
      make('.authored-writing-0123456789abcdef.43.1700000000000.partial', 60_000);
      make('dense-forward', 10 * UNUSED_FOLDER_MAX_AGE_MS); // a catalogue exercise: never touched
      const removed = await removeUnusedAuthoredFolders(UNUSED_FOLDER_MAX_AGE_MS, root);
      expect(removed.sort()).toEqual(['.authored-died-0123456789abcdef.42.1700000000000.partial', '.authored-old-draft-0123456789abcdef']);
      expect(readdirSync(root).sort()).toEqual(['.authored-in-use-0123456789abcdef', '.authored-writing-0123456789abcdef.43.1700000000000.partial', 'dense-forward']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('round-trips through a zip archive and refuses what is not one exercise folder', async () => {
    const template = await templateFiles();
    expect(importArchive(exportArchive('round-trip', template))).toEqual({ slug: 'round-trip', files: template });
    const refuse = (entries: Record<string, Uint8Array>) => {
      try {
        importArchive(zipSync(entries));
      } catch (error) {
        expect(error).toBeInstanceOf(ArchiveError);
        return (error as ArchiveError).message;
      }
      throw new Error('accepted');
    };
    expect(refuse({ 'a/exercise.ts': strToU8(''), 'b/exercise.ts': strToU8('') })).toMatch(/exactly one folder/);
    expect(refuse({ 'Bad Name/exercise.ts': strToU8('') })).toMatch(/folder name is the slug/);
    expect(refuse({ 'big/checks.ts': new Uint8Array(100 * 1024) })).toMatch(/too large/);
  });
});
