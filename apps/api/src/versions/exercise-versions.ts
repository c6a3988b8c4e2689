import type pg from 'pg';

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

/**
 * Records the content hash of each exercise as a version: a hash never seen for that slug gets
 * the next number, a known one (a change reverted) keeps its number. Run after the exercises
 * table is synced; concurrent starts are harmless (a lost race inserts nothing).
 */
export async function recordExerciseVersions(db: Queryable, exercises: Array<{ slug: string; contentHash: string }>): Promise<void> {
  for (const { slug, contentHash } of exercises) {
    await db.query(
      `INSERT INTO exercise_versions (slug, version, content_hash)
       SELECT $1, coalesce(max(version), 0) + 1, $2 FROM exercise_versions WHERE slug = $1
       ON CONFLICT DO NOTHING`,
      [slug, contentHash],
    );
  }
}

/** SQL expression of the current version of the exercise named by `slugSql` (the one matching its synced content hash). */
export function currentVersionSql(slugSql: string): string {
  return `(SELECT v.version FROM exercise_versions v JOIN exercises e ON e.slug = v.slug AND e.content_hash = v.content_hash WHERE v.slug = ${slugSql})`;
}

/** The current version of an exercise, or null when it was never synced. */
export async function currentVersion(db: Queryable, slug: string): Promise<number | null> {
  const { rows } = await db.query<{ version: number | null }>(`SELECT ${currentVersionSql('$1')} AS version`, [slug]);
  return rows[0]?.version ?? null;
}
