import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { listExerciseSlugs, loadExercise, type CatalogExercise } from '@dl/exercises';
import { logger } from '../logger';
import type { ExerciseDetailDto, ExerciseSummaryDto } from './exercise.dto';

/**
 * The exercise catalogue as the API serves it, loaded once. Only public parts leave this
 * service: never the solution, the mistakes or the checks' code.
 */
@Injectable()
export class CatalogueService {
  private loading?: Promise<Map<string, CatalogExercise>>;

  /** Every exercise by slug, in course order. */
  all(): Promise<Map<string, CatalogExercise>> {
    this.loading ??= loadEachExercise();
    return this.loading;
  }

  async find(slug: string): Promise<CatalogExercise | undefined> {
    return (await this.all()).get(slug);
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
  exercises.sort((a, b) => a.meta.module.localeCompare(b.meta.module) || a.meta.order - b.meta.order || a.slug.localeCompare(b.slug));
  return new Map(exercises.map((exercise) => [exercise.slug, exercise]));
}
