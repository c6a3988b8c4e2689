import { Inject, Injectable } from '@nestjs/common';
import type pg from 'pg';
import type { CatalogExercise } from '@dl/exercises';
import { PG_POOL } from '../database/database.module';
import { withTransaction } from '../database/transaction';
import { CatalogueService } from './catalogue.service';

/** Per exercise: the caller's best graded submission. */
export interface ProgressRow {
  exercise_slug: string;
  best_score: number;
  passed: boolean;
}

/** SQL of the exercises table (a copy of the catalogue that submissions reference). */
@Injectable()
export class ExercisesRepository {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  /** Upserts every catalogue exercise (run at start; unchanged rows keep their updated_at). */
  async sync(exercises: CatalogExercise[]): Promise<void> {
    await withTransaction(this.pool, async (client) => {
      for (const exercise of exercises) {
        const { meta } = exercise;
        await client.query(
          `INSERT INTO exercises (slug, title, module, "order", difficulty, meta, content_hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (slug) DO UPDATE SET title = EXCLUDED.title, module = EXCLUDED.module, "order" = EXCLUDED."order",
             difficulty = EXCLUDED.difficulty, meta = EXCLUDED.meta, content_hash = EXCLUDED.content_hash, updated_at = now()
           WHERE exercises.content_hash IS DISTINCT FROM EXCLUDED.content_hash`,
          [exercise.slug, meta.title, meta.module, meta.order, meta.difficulty, meta, CatalogueService.contentHash(exercise)],
        );
      }
    });
  }

  /** Best score and whether any graded (mode submit) submission passed, per exercise the user tried. */
  async progressOf(userId: string): Promise<ProgressRow[]> {
    const { rows } = await this.pool.query<ProgressRow>(
      `SELECT exercise_slug, max(score) AS best_score, bool_or(status = 'passed') AS passed
       FROM submissions
       WHERE user_id = $1 AND mode = 'submit' AND status IN ('passed', 'failed')
       GROUP BY exercise_slug`,
      [userId],
    );
    return rows;
  }
}
