import { Inject, Injectable } from '@nestjs/common';
import type pg from 'pg';
import type { ExerciseFiles } from '@dl/exercises';
import { PG_POOL } from '../database/database.module';
import { currentVersionSql } from '../versions/exercise-versions';
import type { DraftValidation } from './authoring.schema';

/** One authored exercise as its editor sees it. */
export interface AuthoredRow {
  slug: string;
  courseId: string;
  draft: ExerciseFiles;
  draftHash: string;
  validation: DraftValidation | null;
}

/** One line of the list of exercises an instructor may edit. */
export interface AuthoredSummary {
  slug: string;
  title: { fr: string; en: string } | null;
  courseId: string;
  courseTitle: string;
  publishedVersion: number | null;
  updatedAt: string;
  validation: { status: DraftValidation['status']; ok: boolean | null } | null;
}

/** SQL of authored exercises, their drafts and their published sources. */
@Injectable()
export class AuthoringRepository {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  /** The authored exercises of the courses the user teaches (every one for an admin). */
  async listFor(userId: string, isAdmin: boolean): Promise<AuthoredSummary[]> {
    const { rows } = await this.pool.query<AuthoredSummary>(
      `SELECT a.slug, e.title, a.course_id AS "courseId", c.title AS "courseTitle",
              ${currentVersionSql('a.slug')} AS "publishedVersion",
              a.updated_at AS "updatedAt",
              CASE WHEN a.validation IS NULL THEN NULL
                   ELSE json_build_object('status', a.validation->>'status', 'ok', (a.validation->>'ok')::boolean) END AS validation
       FROM authored_exercises a
       JOIN courses c ON c.id = a.course_id
       LEFT JOIN exercises e ON e.slug = a.slug
       WHERE $2 OR EXISTS (SELECT 1 FROM course_members m WHERE m.course_id = a.course_id AND m.user_id = $1 AND m.role = 'instructor')
       ORDER BY a.updated_at DESC`,
      [userId, isAdmin],
    );
    return rows;
  }

  async find(slug: string): Promise<AuthoredRow | undefined> {
    const { rows } = await this.pool.query<AuthoredRow>(
      `SELECT slug, course_id AS "courseId", draft, draft_hash AS "draftHash", validation FROM authored_exercises WHERE slug = $1`,
      [slug],
    );
    return rows[0];
  }

  /** True when the slug names an exercise already (in the catalogue table or being authored). */
  async slugTaken(slug: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('SELECT 1 FROM exercises WHERE slug = $1 UNION ALL SELECT 1 FROM authored_exercises WHERE slug = $1', [slug]);
    return (rowCount ?? 0) > 0;
  }

  /** Inserts a new authored exercise; false when the slug was taken meanwhile. */
  async create(row: { slug: string; courseId: string; createdBy: string; files: ExerciseFiles; hash: string }): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO authored_exercises (slug, course_id, created_by, draft, draft_hash) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (slug) DO NOTHING`,
      [row.slug, row.courseId, row.createdBy, row.files, row.hash],
    );
    return rowCount === 1;
  }

  /** Replaces the draft; a validation of earlier content no longer counts. */
  async saveDraft(slug: string, files: ExerciseFiles, hash: string): Promise<void> {
    await this.pool.query(
      `UPDATE authored_exercises SET draft = $2, draft_hash = $3, updated_at = now(),
         validation = CASE WHEN validation->>'draftHash' = $3 THEN validation ELSE NULL END
       WHERE slug = $1`,
      [slug, files, hash],
    );
  }

  /** Marks a validation of the current draft as queued and enqueues its job, in one transaction. */
  async queueValidation(client: pg.PoolClient, slug: string, validation: DraftValidation, task: string): Promise<void> {
    await client.query('UPDATE authored_exercises SET validation = $2 WHERE slug = $1', [slug, validation]);
    await client.query('SELECT graphile_worker.add_job($1, $2::json, max_attempts := 2)', [task, JSON.stringify({ slug, draftHash: validation.draftHash })]);
  }

  async versions(slug: string): Promise<Array<{ version: number; createdAt: string }>> {
    const { rows } = await this.pool.query<{ version: number; createdAt: string }>(
      `SELECT v.version, v.created_at AS "createdAt" FROM exercise_versions v JOIN exercise_sources s USING (slug, version)
       WHERE v.slug = $1 ORDER BY v.version DESC`,
      [slug],
    );
    return rows;
  }

  /** The files of the current published version, when there is one. */
  async publishedFiles(slug: string): Promise<ExerciseFiles | undefined> {
    const { rows } = await this.pool.query<{ files: ExerciseFiles }>(
      `SELECT s.files FROM exercise_sources s
       JOIN exercise_versions v USING (slug, version)
       JOIN exercises e ON e.slug = v.slug AND e.content_hash = v.content_hash
       WHERE s.slug = $1`,
      [slug],
    );
    return rows[0]?.files;
  }
}
