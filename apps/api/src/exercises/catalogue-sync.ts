import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { logger } from '../logger';
import { CatalogueService } from './catalogue.service';
import { ExercisesRepository } from './exercises.repository';

/** Copies the catalogue into the `exercises` table when the API starts (submissions reference it). */
@Injectable()
export class CatalogueSync implements OnApplicationBootstrap {
  constructor(
    @Inject(CatalogueService) private readonly catalogue: CatalogueService,
    @Inject(ExercisesRepository) private readonly exercises: ExercisesRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const all = [...(await this.catalogue.all()).values()];
    await this.exercises.sync(all);
    logger.info({ count: all.length }, 'exercise catalogue synced');
  }
}
