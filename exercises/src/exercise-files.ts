// An exercise as plain files: the one form shared by `exercises/<slug>/` folders, exercises
// authored in the browser (stored in the database, version by version) and exported archives.
import { transpileStudentCodeSync } from '@dl/graders/transpile';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { EXERCISES_ROOT } from './catalog';

/** Relative path → UTF-8 text, e.g. `{ 'exercise.ts': '…', 'mistakes/w-transposed.ts': '…' }`. */
export type ExerciseFiles = Record<string, string>;

/** A reason an exercise's files are refused, with where it lies when known (1-based). */
export interface FileProblem {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export const REQUIRED_FILES = ['exercise.ts', 'checks.ts', 'starter.ts', 'solution.ts', 'statement.fr.md', 'statement.en.md'] as const;
const FILE_PATH = /^(?:exercise\.ts|checks\.ts|starter\.ts|solution\.ts|statement\.(?:fr|en)\.md|mistakes\/[a-z0-9]+(?:-[a-z0-9]+)*\.ts)$/;
const CAUGHT_BY = /^\/\/ caught-by: [a-z0-9]+(?:-[a-z0-9]+)*\s*$/;
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Largest file (a statement, the checks); the student's own code has the same limit. */
export const MAX_FILE_BYTES = 64 * 1024;
/** All files together: below the API's request body limit. */
export const MAX_TOTAL_BYTES = 200 * 1024;
export const MAX_FILES = 32;

/**
 * Everything wrong with a set of files that can be told without running them: unknown or
 * missing files, sizes, syntax errors (with line and column), mistakes without their
 * `// caught-by:` line. Empty when the files may be stored.
 */
export function checkExerciseFiles(files: unknown): FileProblem[] {
  if (typeof files !== 'object' || files === null || Array.isArray(files)) return [{ file: '', message: 'files must be an object of path → text' }];
  const entries = Object.entries(files as Record<string, unknown>);
  const problems: FileProblem[] = [];
  if (entries.length > MAX_FILES) problems.push({ file: '', message: `at most ${MAX_FILES} files` });
  let total = 0;
  for (const [file, content] of entries) {
    if (!FILE_PATH.test(file)) {
      problems.push({ file: file.slice(0, 100), message: 'not a file an exercise has (exercise.ts, checks.ts, starter.ts, solution.ts, statement.fr.md, statement.en.md, mistakes/<kebab-name>.ts)' });
      continue;
    }
    if (typeof content !== 'string') {
      problems.push({ file, message: 'content must be text' });
      continue;
    }
    const bytes = Buffer.byteLength(content, 'utf8');
    total += bytes;
    if (bytes > MAX_FILE_BYTES) {
      problems.push({ file, message: `${Math.ceil(bytes / 1024)} KiB is larger than the ${MAX_FILE_BYTES / 1024} KiB a file may hold` });
      continue;
    }
    if (content.includes('\u0000')) problems.push({ file, message: 'contains a NUL character' });
    if (file.endsWith('.ts')) {
      const transpiled = transpileStudentCodeSync(content);
      if (!transpiled.ok) problems.push({ file, line: transpiled.failure.line, column: transpiled.failure.column, message: transpiled.failure.message.en });
    }
    if (file.startsWith('mistakes/') && !CAUGHT_BY.test(content.split('\n', 1)[0]!)) {
      problems.push({ file, line: 1, column: 1, message: 'a mistake starts with "// caught-by: <check-id>", the check that must reject it' });
    }
  }
  if (total > MAX_TOTAL_BYTES) problems.push({ file: '', message: `${Math.ceil(total / 1024)} KiB in all is more than the ${MAX_TOTAL_BYTES / 1024} KiB an exercise may hold` });
  for (const required of REQUIRED_FILES) {
    if (!(required in (files as object))) problems.push({ file: required, message: 'missing' });
  }
  return problems;
}

/** Identifies a set of files whatever the order of its keys. */
export function filesHash(files: ExerciseFiles): string {
  const sorted = Object.keys(files).sort().map((file) => [file, files[file]]);
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex');
}

/** The files of an exercise folder (the ones an exercise has; anything else is left out). */
export async function readExerciseFiles(folder: string): Promise<ExerciseFiles> {
  const files: ExerciseFiles = {};
  for (const file of REQUIRED_FILES) files[file] = await readFile(path.join(folder, file), 'utf8');
  const mistakes = path.join(folder, 'mistakes');
  if (existsSync(mistakes)) {
    for (const name of (await readdir(mistakes)).sort()) {
      if (FILE_PATH.test(`mistakes/${name}`)) files[`mistakes/${name}`] = await readFile(path.join(mistakes, name), 'utf8');
    }
  }
  return files;
}

/** The files a new exercise starts from: a small, complete, valid exercise to reshape. */
export function templateFiles(): Promise<ExerciseFiles> {
  return readExerciseFiles(path.join(EXERCISES_ROOT, 'src', 'template'));
}

/**
 * Writes files where they can be loaded like a folder exercise and answers the folder.
 * The folder sits beside the others (so `../src/check-helpers` resolves) under a name that is
 * not a slug (so discovery skips it) and that includes the content hash: it never changes once
 * written, and a worker may load it and keep it cached.
 */
export async function materialiseExercise(slug: string, files: ExerciseFiles): Promise<string> {
  if (!SLUG.test(slug)) throw new Error(`"${slug.slice(0, 80)}" is not a slug`);
  sweepUnusedFoldersDaily();
  const folder = path.join(EXERCISES_ROOT, `${AUTHORED_PREFIX}${slug}-${filesHash(files).slice(0, 16)}`);
  if (existsSync(path.join(folder, 'exercise.ts'))) return markUsed(folder);
  // Written aside, then renamed: a concurrent loader sees the whole folder or none of it.
  const partial = `${folder}.${process.pid}.${Date.now()}.partial`;
  await mkdir(path.join(partial, 'mistakes'), { recursive: true });
  for (const [file, content] of Object.entries(files)) await writeFile(path.join(partial, file), content);
  try {
    await rename(partial, folder);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    if (!existsSync(path.join(folder, 'exercise.ts'))) throw error;
  }
  return folder;
}

/** Name prefix of the folders materialiseExercise writes (not a slug, so discovery skips them). */
const AUTHORED_PREFIX = '.authored-';
/** A written folder nobody asked for in this long is removed (every draft saved writes one). */
export const UNUSED_FOLDER_MAX_AGE_MS = 7 * 24 * 3600 * 1000;
/** A half-written folder (`….partial`) older than this was left by a process that died. */
const PARTIAL_FOLDER_MAX_AGE_MS = 3600 * 1000;
const SWEEP_INTERVAL_MS = 24 * 3600 * 1000;

/**
 * Records that a written folder is still in use: its modification time is when it was last
 * asked for, which is what the sweep reads. Answers the folder.
 */
export async function markUsed(folder: string): Promise<string> {
  const now = new Date();
  await utimes(folder, now, now).catch(() => undefined); // removed meanwhile: the caller's check says so
  return folder;
}

/**
 * Removes the folders materialiseExercise wrote that nobody asked for in `maxAgeMs` (drafts
 * saved and forgotten, versions no longer published), and half-written ones left by a process
 * that died. A folder still wanted is written again on its next use. Answers the names removed.
 * @example
 *   await removeUnusedAuthoredFolders(); // ['.authored-scale-vector-0f3a…', …]
 */
export async function removeUnusedAuthoredFolders(maxAgeMs = UNUSED_FOLDER_MAX_AGE_MS, root = EXERCISES_ROOT): Promise<string[]> {
  const removed: string[] = [];
  const now = Date.now();
  for (const name of await readdir(root)) {
    if (!name.startsWith(AUTHORED_PREFIX)) continue;
    const folder = path.join(root, name);
    const modified = await stat(folder).then((stats) => stats.mtimeMs, () => undefined);
    const maxAge = name.endsWith('.partial') ? Math.min(maxAgeMs, PARTIAL_FOLDER_MAX_AGE_MS) : maxAgeMs;
    if (modified === undefined || now - modified <= maxAge) continue;
    await rm(folder, { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

let sweeping: NodeJS.Timeout | undefined;

/** Every process that writes folders sweeps its own disk: at its first write, then once a day. */
function sweepUnusedFoldersDaily(): void {
  if (sweeping) return;
  const sweep = () => void removeUnusedAuthoredFolders().catch(() => undefined);
  sweeping = setInterval(sweep, SWEEP_INTERVAL_MS).unref();
  sweep();
}

/** A zip archive holding one folder, `<slug>/`, with the exercise's files. */
export function exportArchive(slug: string, files: ExerciseFiles): Uint8Array {
  const entries = Object.fromEntries(Object.entries(files).map(([file, content]) => [`${slug}/${file}`, strToU8(content)]));
  return zipSync(entries, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
}

/** Thrown for an archive that is not one exercise folder; `problems` says why, file by file. */
export class ArchiveError extends Error {
  constructor(readonly problems: FileProblem[]) {
    super(problems.map((problem) => `${problem.file ? `${problem.file}: ` : ''}${problem.message}`).join('; '));
    this.name = 'ArchiveError';
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads an archive made by exportArchive (or a zipped exercise folder): one top-level folder
 * named by the slug, holding the exercise's files. Sizes are checked before anything is
 * inflated, so a zip bomb is refused unread.
 */
export function importArchive(archive: Uint8Array): { slug: string; files: ExerciseFiles } {
  let unzipped: Record<string, Uint8Array>;
  const oversized: FileProblem[] = [];
  let declared = 0;
  try {
    unzipped = unzipSync(archive, {
      filter: (entry) => {
        if (entry.name.endsWith('/')) return false;
        declared += entry.originalSize;
        if (entry.originalSize > MAX_FILE_BYTES || declared > MAX_TOTAL_BYTES) {
          oversized.push({ file: entry.name.slice(0, 100), message: `${Math.ceil(entry.originalSize / 1024)} KiB unpacked: too large` });
          return false;
        }
        return true;
      },
    });
  } catch (error) {
    throw new ArchiveError([{ file: '', message: `not a zip archive (${(error as Error).message})` }]);
  }
  if (oversized.length) throw new ArchiveError(oversized);
  const names = Object.keys(unzipped);
  const roots = new Set(names.map((name) => name.split('/')[0]!));
  if (roots.size !== 1 || names.some((name) => !name.includes('/'))) {
    throw new ArchiveError([{ file: '', message: 'the archive must hold exactly one folder, named after the exercise (its slug)' }]);
  }
  const slug = [...roots][0]!;
  if (!SLUG.test(slug)) throw new ArchiveError([{ file: slug.slice(0, 100), message: 'the folder name is the slug: lowercase words joined by dashes' }]);
  const files: ExerciseFiles = {};
  const problems: FileProblem[] = [];
  for (const [name, bytes] of Object.entries(unzipped)) {
    const file = name.slice(slug.length + 1);
    try {
      files[file] = utf8.decode(bytes);
    } catch {
      problems.push({ file, message: 'not UTF-8 text' });
    }
  }
  problems.push(...checkExerciseFiles(files));
  if (problems.length) throw new ArchiveError(problems);
  return { slug, files };
}
