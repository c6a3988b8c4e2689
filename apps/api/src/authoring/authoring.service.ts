import { BadRequestException, ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import path from 'node:path';
import type pg from 'pg';
import {
  ArchiveError, checkExerciseFiles, EXERCISES_ROOT, filesHash, importArchive, loadExerciseFolder, materialiseExercise,
  readExerciseFiles, templateFiles, type ExerciseFiles, type FileProblem,
} from '@dl/exercises';
import { CourseAccess } from '../courses/course-access';
import { PG_POOL } from '../database/database.module';
import { withTransaction } from '../database/transaction';
import { CatalogueService } from '../exercises/catalogue.service';
import type { Identity } from '../identity/identity.schema';
import { logger } from '../logger';
import { currentVersion } from '../versions/exercise-versions';
import { AuthoringRepository, type AuthoredRow, type AuthoredSummary } from './authoring.repository';
import type { DraftValidation } from './authoring.schema';
import { VALIDATE_DRAFT_TASK } from './validate-draft-job';

/** An authored exercise as the editor loads it: the draft, its validation and the published versions. */
export interface AuthoredExercise {
  slug: string;
  courseId: string;
  files: ExerciseFiles;
  draftHash: string;
  publishedVersion: number | null;
  versions: Array<{ version: number; createdAt: string }>;
  validation: DraftValidation | null;
}

/** 400 listing each problem with its file, line and column. */
function invalidFiles(problems: FileProblem[]): BadRequestException {
  const summary = problems.slice(0, 3).map((problem) => `${problem.file ? `${problem.file}${problem.line ? `:${problem.line}:${problem.column ?? 1}` : ''}: ` : ''}${problem.message}`);
  return new BadRequestException({ message: `The exercise's files were refused: ${summary.join('; ')}${problems.length > 3 ? '; …' : ''}`, details: { problems } });
}

/**
 * Authoring exercises in the browser: drafts kept per exercise, validated by the grading
 * workers, published as numbered versions that grading then uses. Every operation on an
 * exercise requires being an instructor of its course (a non-member is told it does not exist).
 */
@Injectable()
export class AuthoringService {
  constructor(
    @Inject(AuthoringRepository) private readonly repository: AuthoringRepository,
    @Inject(CourseAccess) private readonly access: CourseAccess,
    @Inject(CatalogueService) private readonly catalogue: CatalogueService,
    @Inject(PG_POOL) private readonly pool: pg.Pool,
  ) {}

  list(identity: Identity): Promise<AuthoredSummary[]> {
    return this.repository.listFor(identity.id, identity.isAdmin);
  }

  async create(identity: Identity, request: { slug: string; courseId: string; from?: string }): Promise<{ slug: string }> {
    await this.access.requireInstructor(identity, request.courseId);
    const files = request.from ? await this.filesOf(identity, request.from) : await templateFiles();
    await this.insert(identity, request.slug, request.courseId, files);
    return { slug: request.slug };
  }

  /** A zipped exercise folder: a new exercise, or a new draft of one the caller edits already. */
  async importArchive(identity: Identity, request: { courseId: string; archive: string }): Promise<{ slug: string; replacedDraft: boolean }> {
    await this.access.requireInstructor(identity, request.courseId);
    let imported: { slug: string; files: ExerciseFiles };
    try {
      imported = importArchive(new Uint8Array(Buffer.from(request.archive, 'base64')));
    } catch (error) {
      if (error instanceof ArchiveError) throw invalidFiles(error.problems);
      throw error;
    }
    const existing = await this.repository.find(imported.slug);
    if (existing) {
      await this.editable(identity, imported.slug);
      await this.repository.saveDraft(imported.slug, imported.files, filesHash(imported.files));
      return { slug: imported.slug, replacedDraft: true };
    }
    await this.insert(identity, imported.slug, request.courseId, imported.files);
    return { slug: imported.slug, replacedDraft: false };
  }

  async get(identity: Identity, slug: string): Promise<AuthoredExercise> {
    const row = await this.editable(identity, slug);
    const versions = await this.repository.versions(slug);
    return {
      slug,
      courseId: row.courseId,
      files: row.draft,
      draftHash: row.draftHash,
      publishedVersion: await currentVersion(this.pool, slug),
      versions,
      validation: row.validation,
    };
  }

  async saveDraft(identity: Identity, slug: string, files: Record<string, unknown>): Promise<{ draftHash: string }> {
    await this.editable(identity, slug);
    const problems = checkExerciseFiles(files);
    if (problems.length) throw invalidFiles(problems);
    const hash = filesHash(files as ExerciseFiles);
    await this.repository.saveDraft(slug, files as ExerciseFiles, hash);
    return { draftHash: hash };
  }

  /** Queues the draft's validation on the grading workers; the editor polls `get` for the table. */
  async validate(identity: Identity, slug: string): Promise<{ draftHash: string }> {
    const row = await this.editable(identity, slug);
    if (row.validation?.draftHash === row.draftHash && row.validation.status !== 'error') return { draftHash: row.draftHash };
    await withTransaction(this.pool, (client) => this.repository.queueValidation(client, slug, { status: 'queued', draftHash: row.draftHash, ok: null }, VALIDATE_DRAFT_TASK));
    return { draftHash: row.draftHash };
  }

  /**
   * Makes the validated draft the exercise's current version: the catalogue row, a version
   * number and the files that grading will load, in one transaction. Publishing content that
   * was published before brings its version number back.
   */
  async publish(identity: Identity, slug: string): Promise<{ version: number }> {
    const row = await this.editable(identity, slug);
    const { validation } = row;
    if (!(validation?.status === 'done' && validation.ok && validation.draftHash === row.draftHash)) {
      throw new ConflictException('Only a validated draft can be published: validate it first (the solution must pass, the starter and every mistake must fail)');
    }
    const exercise = await loadExerciseFolder(await materialiseExercise(slug, row.draft), slug);
    const contentHash = CatalogueService.contentHash(exercise);
    const { meta } = exercise;
    const version = await withTransaction(this.pool, async (client) => {
      const { rowCount } = await client.query('SELECT 1 FROM authored_exercises WHERE slug = $1 AND draft_hash = $2 FOR UPDATE', [slug, row.draftHash]);
      if (!rowCount) throw new ConflictException('The draft changed while it was being published; validate it again');
      await client.query(
        `INSERT INTO exercises (slug, title, module, "order", difficulty, meta, content_hash) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (slug) DO UPDATE SET title = EXCLUDED.title, module = EXCLUDED.module, "order" = EXCLUDED."order",
           difficulty = EXCLUDED.difficulty, meta = EXCLUDED.meta, content_hash = EXCLUDED.content_hash, updated_at = now()`,
        [slug, meta.title, meta.module, meta.order, meta.difficulty, meta, contentHash],
      );
      await client.query(
        `INSERT INTO exercise_versions (slug, version, content_hash)
         SELECT $1, coalesce(max(version), 0) + 1, $2 FROM exercise_versions WHERE slug = $1 ON CONFLICT DO NOTHING`,
        [slug, contentHash],
      );
      const { rows } = await client.query<{ version: number }>('SELECT version FROM exercise_versions WHERE slug = $1 AND content_hash = $2', [slug, contentHash]);
      const published = rows[0]!.version;
      await client.query('INSERT INTO exercise_sources (slug, version, files, published_by) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [slug, published, row.draft, identity.id]);
      return published;
    });
    this.catalogue.refreshAuthored();
    logger.info({ slug, version, by: identity.id }, 'exercise version published');
    return { version };
  }

  /** The files of any exercise the caller may read in full: one they author, or a catalogue folder (instructors). */
  async filesOf(identity: Identity, slug: string): Promise<ExerciseFiles> {
    if (await this.repository.find(slug)) return (await this.editable(identity, slug)).draft;
    if (!(await this.catalogue.folderExercises()).has(slug)) throw new NotFoundException(`No exercise "${slug.slice(0, 80)}"`);
    if (!(await this.teachesSomewhere(identity))) throw new ForbiddenException('Only instructors may read an exercise in full');
    return readExerciseFiles(path.join(EXERCISES_ROOT, slug));
  }

  private async insert(identity: Identity, slug: string, courseId: string, files: ExerciseFiles): Promise<void> {
    if ((await this.catalogue.folderExercises()).has(slug) || (await this.repository.slugTaken(slug))) {
      throw new ConflictException(`An exercise named "${slug}" exists already`);
    }
    const problems = checkExerciseFiles(files);
    if (problems.length) throw invalidFiles(problems);
    if (!(await this.repository.create({ slug, courseId, createdBy: identity.id, files, hash: filesHash(files) }))) {
      throw new ConflictException(`An exercise named "${slug}" exists already`);
    }
  }

  /** The exercise when the caller teaches its course; 404 otherwise (as for an unknown slug), 403 for its students. */
  private async editable(identity: Identity, slug: string): Promise<AuthoredRow> {
    const row = await this.repository.find(slug);
    if (!row) throw new NotFoundException(`No authored exercise "${slug.slice(0, 80)}"`);
    await this.access.requireInstructor(identity, row.courseId).catch((error: unknown) => {
      if (error instanceof NotFoundException) throw new NotFoundException(`No authored exercise "${slug.slice(0, 80)}"`);
      throw error;
    });
    return row;
  }

  private async teachesSomewhere(identity: Identity): Promise<boolean> {
    if (identity.isAdmin) return true;
    const { rowCount } = await this.pool.query(`SELECT 1 FROM course_members WHERE user_id = $1 AND role = 'instructor' LIMIT 1`, [identity.id]);
    return (rowCount ?? 0) > 0;
  }
}
