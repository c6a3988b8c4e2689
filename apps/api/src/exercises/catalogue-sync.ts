import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type pg from 'pg';
import { PG_POOL } from '../database/database.module';
import { logger } from '../logger';
import { recordExerciseVersions } from '../versions/exercise-versions';
import { CatalogueService } from './catalogue.service';
import { ExercisesRepository } from './exercises.repository';

/** Copies the catalogue into the `exercises` table when the API starts (submissions reference it). */
@Injectable()
export class CatalogueSync implements OnApplicationBootstrap {
  constructor(
    @Inject(CatalogueService) private readonly catalogue: CatalogueService,
    @Inject(ExercisesRepository) private readonly exercises: ExercisesRepository,
    @Inject(PG_POOL) private readonly pool: pg.Pool,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const all = [...(await this.catalogue.folderExercises()).values()];
    await this.exercises.sync(all);
    // A changed folder becomes a new version: submissions say which one graded them.
    await recordExerciseVersions(this.pool, all.map((exercise) => ({ slug: exercise.slug, contentHash: CatalogueService.contentHash(exercise) })));
    logger.info({ count: all.length }, 'exercise catalogue synced');
  }
}
