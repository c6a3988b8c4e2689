import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type pg from 'pg';
import { listExerciseSlugs, loadExercise, loadExerciseFolder, materialiseExercise, type CatalogExercise, type ExerciseFiles } from '@dl/exercises';
import { PG_POOL } from '../database/database.module';
import { logger } from '../logger';
import type { ExerciseDetailDto, ExerciseSummaryDto } from './exercise.dto';

/**
 * The exercise catalogue as the API serves it: the `exercises/` folders, loaded once, and the
 * published versions of exercises authored in the browser, loaded again after a publication.
 * Only public parts leave this service: never the solution, the mistakes or the checks' code.
 */
@Injectable()
export class CatalogueService {
  private folders?: Promise<Map<string, CatalogExercise>>;
  private authored?: Promise<Map<string, CatalogExercise>>;

  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  /** The exercises of the `exercises/` folders, by slug. */
  folderExercises(): Promise<Map<string, CatalogExercise>> {
    this.folders ??= loadEachExercise();
    return this.folders;
  }

  /** Every exercise by slug, in course order. */
  async all(): Promise<Map<string, CatalogExercise>> {
    const [folders, authored] = await Promise.all([this.folderExercises(), this.authoredExercises()]);
    if (authored.size === 0) return folders;
    return new Map(sortInCourseOrder([...folders.values(), ...authored.values()]).map((exercise) => [exercise.slug, exercise]));
  }

  async find(slug: string): Promise<CatalogExercise | undefined> {
    return (await this.folderExercises()).get(slug) ?? (await this.authoredExercises()).get(slug);
  }

  /** Forgets the authored exercises: the next look-up reads their published versions again. */
  refreshAuthored(): void {
    this.authored = undefined;
  }

  private authoredExercises(): Promise<Map<string, CatalogExercise>> {
    if (!this.authored) {
      this.authored = loadPublishedAuthored(this.pool);
      this.authored.catch(() => (this.authored = undefined));
    }
    return this.authored;
  }

  /** Sum of the points of the checks a mode runs (hidden ones on submit only). */
  static maxScore(exercise: CatalogExercise, mode: 'run' | 'submit' = 'submit'): number {
    return Object.values(exercise.checks)
      .filter((check) => mode === 'submit' || check.visible)
      .reduce((sum, check) => sum + check.points, 0);
  }

  /** Identifies the exercise's content: results graded before a change can be told apart. */
  static contentHash(exercise: CatalogExercise): string {
    const checks = Object.entries(exercise.checks).map(([id, check]) => [id, check.visible, check.points, check.run.toString()]);
    return createHash('sha256')
      .update(JSON.stringify([exercise.meta, exercise.statement, exercise.starter, exercise.solution, checks]))
      .digest('hex');
  }

  static toSummary(exercise: CatalogExercise): ExerciseSummaryDto {
    const { title, module, order, difficulty, tags, exports } = exercise.meta;
    return { slug: exercise.slug, title, module, order, difficulty, tags, exports };
  }

  static toDetail(exercise: CatalogExercise): ExerciseDetailDto {
    return {
      ...CatalogueService.toSummary(exercise),
      statement: exercise.statement,
      starter: exercise.starter,
      checks: Object.entries(exercise.checks).map(([id, check]) => ({ id, title: check.title, visible: check.visible, points: check.points })),
      limits: { cpuMs: exercise.meta.limits.cpuMs, memoryMb: exercise.meta.limits.memoryMb },
    };
  }
}

/**
 * Loads the exercises one by one so that a broken folder (an exercise being written) is
 * logged and left out instead of taking the whole catalogue down.
 */
async function loadEachExercise(): Promise<Map<string, CatalogExercise>> {
  const loaded = await Promise.all(
    (await listExerciseSlugs()).map((slug) =>
      loadExercise(slug).catch((error: unknown) => {
        logger.error({ err: error, slug }, 'exercise left out of the catalogue: it does not load');
        return undefined;
      }),
    ),
  );
  const exercises = loaded.filter((exercise): exercise is CatalogExercise => exercise !== undefined);
  return new Map(sortInCourseOrder(exercises).map((exercise) => [exercise.slug, exercise]));
}

function sortInCourseOrder(exercises: CatalogExercise[]): CatalogExercise[] {
  return exercises.sort((a, b) => a.meta.module.localeCompare(b.meta.module) || a.meta.order - b.meta.order || a.slug.localeCompare(b.slug));
}

/** The current published version of every authored exercise, each written out as a folder and loaded. */
async function loadPublishedAuthored(pool: pg.Pool): Promise<Map<string, CatalogExercise>> {
  const { rows } = await pool.query<{ slug: string; files: ExerciseFiles }>(
    `SELECT s.slug, s.files
     FROM authored_exercises a
     JOIN exercises e ON e.slug = a.slug
     JOIN exercise_versions v ON v.slug = e.slug AND v.content_hash = e.content_hash
     JOIN exercise_sources s ON s.slug = v.slug AND s.version = v.version`,
  );
  const loaded = await Promise.all(
    rows.map(async ({ slug, files }) => {
      try {
        return await loadExerciseFolder(await materialiseExercise(slug, files), slug);
      } catch (error) {
        logger.error({ err: error, slug }, 'published exercise left out of the catalogue: it does not load');
        return undefined;
      }
    }),
  );
  return new Map(loaded.filter((exercise) => exercise !== undefined).map((exercise) => [exercise.slug, exercise]));
}
