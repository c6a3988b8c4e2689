import { ExerciseMetaSchema, type ChecksDefinition, type LoadedExercise, type Localized } from '@dl/graders';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The folder holding one sub-folder per exercise (this package's root). */
export const EXERCISES_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Folder names are slugs and URL segments: lowercase words joined by single dashes, nothing else. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** First line of every `mistakes/*.ts`: the id of the check that must catch that wrong answer. */
const CAUGHT_BY = /^\/\/ caught-by: ([a-z0-9]+(?:-[a-z0-9]+)*)\s*$/;

export type { LoadedExercise };

/** A classic wrong answer kept beside the exercise, and the check that must reject it. */
export interface Mistake {
  /** File name inside `mistakes/`, e.g. `w-transposed.ts`. */
  file: string;
  code: string;
  /** Id of the check that must fail on it. */
  caughtBy: string;
}

/** Everything in an exercise's folder. The solution and mistakes are for the host only, never for a browser. */
export interface CatalogExercise extends LoadedExercise {
  /** Markdown with KaTeX math, French and English. */
  statement: Localized;
  starter: string;
  solution: string;
  mistakes: Mistake[];
}

/** Thrown for a slug that is malformed or names no exercise folder. */
export class UnknownExerciseError extends Error {
  constructor(readonly slug: string, reason: string) {
    super(`unknown exercise "${slug.slice(0, 80)}": ${reason}`);
    this.name = 'UnknownExerciseError';
  }
}

/**
 * Every exercise slug, found by discovery: a folder of `exercises/` holding an `exercise.ts`.
 * @example
 *   await listExerciseSlugs(); // ['dense-forward', 'mlp-backprop', 'softmax-cross-entropy']
 */
export async function listExerciseSlugs(): Promise<string[]> {
  const entries = await readdir(EXERCISES_ROOT, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && SLUG.test(entry.name))
    .filter((entry) => existsSync(path.join(EXERCISES_ROOT, entry.name, 'exercise.ts')))
    .map((entry) => entry.name)
    .sort();
}

const cache = new Map<string, Promise<CatalogExercise>>();

/**
 * Loads one exercise (cached): metadata validated, checks, statements, starter, solution and mistakes.
 * Rejects with UnknownExerciseError for anything that is not an existing kebab-case folder name.
 * @example
 *   const { meta, checks } = await loadExercise('dense-forward');
 */
export function loadExercise(slug: string): Promise<CatalogExercise> {
  if (typeof slug !== 'string' || !SLUG.test(slug)) {
    return Promise.reject(new UnknownExerciseError(String(slug), 'a slug is kebab-case (a-z, 0-9, single dashes)'));
  }
  let loading = cache.get(slug);
  if (!loading) {
    loading = readExercise(slug);
    cache.set(slug, loading);
    // A failed load is not cached: the folder may be fixed while the process runs (development).
    loading.catch(() => cache.delete(slug));
  }
  return loading;
}

/**
 * Every exercise, in course order (module, then order inside the module).
 * @example
 *   (await loadCatalog()).map((exercise) => exercise.slug);
 */
export async function loadCatalog(): Promise<CatalogExercise[]> {
  const exercises = await Promise.all((await listExerciseSlugs()).map((slug) => loadExercise(slug)));
  return exercises.sort(
    (a, b) => a.meta.module.localeCompare(b.meta.module) || a.meta.order - b.meta.order || a.slug.localeCompare(b.slug),
  );
}

async function readExercise(slug: string): Promise<CatalogExercise> {
  const folder = path.join(EXERCISES_ROOT, slug);
  if (!existsSync(path.join(folder, 'exercise.ts'))) throw new UnknownExerciseError(slug, 'no such exercise');
  return readExerciseFolder(folder, slug);
}

const folderCache = new Map<string, Promise<CatalogExercise>>();

/**
 * Loads the exercise held by any folder laid out like `exercises/<slug>/` (an authored
 * exercise materialised by materialiseExercise), cached by folder: such folders never change.
 * @example
 *   const exercise = await loadExerciseFolder(await materialiseExercise('scale-vector', files), 'scale-vector');
 */
export function loadExerciseFolder(folder: string, slug: string): Promise<CatalogExercise> {
  const key = `${slug}\u0000${folder}`;
  let loading = folderCache.get(key);
  if (!loading) {
    loading = readExerciseFolder(folder, slug);
    folderCache.set(key, loading);
    loading.catch(() => folderCache.delete(key));
  }
  return loading;
}

async function readExerciseFolder(folder: string, slug: string): Promise<CatalogExercise> {
  const read = (file: string) => readFile(path.join(folder, file), 'utf8');
  const [metaModule, checksModule, fr, en, starter, solution, mistakes] = await Promise.all([
    importFile(folder, slug, 'exercise.ts'),
    importFile(folder, slug, 'checks.ts'),
    read('statement.fr.md'),
    read('statement.en.md'),
    read('starter.ts'),
    read('solution.ts'),
    readMistakes(folder),
  ]);
  const parsed = ExerciseMetaSchema.safeParse(metaModule.default);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new Error(`${slug}/exercise.ts: ${first.path.join('.') || 'metadata'}: ${first.message}`);
  }
  const meta = parsed.data;
  const checks = asChecks(slug, checksModule.default);
  for (const mistake of mistakes) {
    if (!(mistake.caughtBy in checks)) {
      throw new Error(`${slug}/mistakes/${mistake.file} names check "${mistake.caughtBy}", which ${slug} does not have`);
    }
  }
  return { slug, meta, checks, statement: { fr, en }, starter, solution, mistakes };
}

/** Imports one module of the folder; a throw while it loads names the file (a metadata error its fields). */
async function importFile(folder: string, slug: string, file: string): Promise<{ default?: unknown }> {
  try {
    return await import(pathToFileURL(path.join(folder, file)).href);
  } catch (error) {
    const issues = (error as { issues?: Array<{ path: PropertyKey[]; message: string }> }).issues;
    const reason = Array.isArray(issues)
      ? issues.map((issue) => `${issue.path.map(String).join('.') || 'value'}: ${issue.message}`).join('; ')
      : error instanceof Error ? error.message : String(error);
    throw new Error(`${slug}/${file}: ${reason}`, { cause: error });
  }
}

function asChecks(slug: string, value: unknown): ChecksDefinition {
  const valid =
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((check) => typeof check === 'object' && check !== null && typeof check.run === 'function');
  if (!valid) throw new Error(`${slug}/checks.ts must export default defineChecks({ … })`);
  return value as ChecksDefinition;
}

async function readMistakes(folder: string): Promise<Mistake[]> {
  const mistakesFolder = path.join(folder, 'mistakes');
  if (!existsSync(mistakesFolder)) return [];
  const files = (await readdir(mistakesFolder)).filter((file) => file.endsWith('.ts')).sort();
  return Promise.all(
    files.map(async (file) => {
      const code = await readFile(path.join(mistakesFolder, file), 'utf8');
      const caughtBy = CAUGHT_BY.exec(code.split('\n', 1)[0]!)?.[1];
      if (!caughtBy) throw new Error(`${path.basename(folder)}/mistakes/${file} must start with "// caught-by: <check-id>"`);
      return { file, code, caughtBy };
    }),
  );
}
