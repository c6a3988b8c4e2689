import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { CatalogueService } from './catalogue.service';
import { CatalogueSync } from './catalogue-sync';
import { ExercisesController } from './exercises.controller';
import { ExercisesRepository } from './exercises.repository';

@Module({
  imports: [IdentityModule],
  controllers: [ExercisesController],
  providers: [CatalogueService, ExercisesRepository, CatalogueSync],
  exports: [CatalogueService, ExercisesRepository],
})
export class ExercisesModule {}
