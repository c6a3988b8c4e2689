import type pg from 'pg';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { markUsed, materialiseExercise, type ExerciseFiles } from '@dl/exercises';

/** slug@version → folder (or none): a version never changes, so each is looked up once per process (and written again if swept). */
const folders = new Map<string, Promise<string | undefined>>();

/**
 * The folder of a published version of an authored exercise, written from its stored files
 * on first use; undefined for an exercise of the `exercises/` catalogue (no stored files).
 */
export async function authoredFolder(db: Pick<pg.Pool, 'query'>, slug: string, version: number | null): Promise<string | undefined> {
  if (version === null) return undefined;
  const key = `${slug}@${version}`;
  if (folders.has(key)) {
    const known = await folders.get(key);
    // Folders unused for days are swept away (exercise-files.ts): one still wanted is written again.
    if (known === undefined || existsSync(path.join(known, 'exercise.ts'))) return known && markUsed(known);
    folders.delete(key);
  }
  const folder = db
    .query<{ files: ExerciseFiles }>('SELECT files FROM exercise_sources WHERE slug = $1 AND version = $2', [slug, version])
    .then(({ rows }) => (rows[0] ? materialiseExercise(slug, rows[0].files) : undefined));
  folders.set(key, folder);
  folder.catch(() => folders.delete(key));
  return folder;
}
