import { Module } from '@nestjs/common';
import { ExercisesModule } from '../exercises/exercises.module';
import { IdentityModule } from '../identity/identity.module';
import { SubmissionEvents } from './submissions.events';
import { SubmissionsController } from './submissions.controller';
import { SubmissionsRepository } from './submissions.repository';
import { SubmissionsService } from './submissions.service';

@Module({
  imports: [IdentityModule, ExercisesModule],
  controllers: [SubmissionsController],
  providers: [SubmissionsRepository, SubmissionsService, SubmissionEvents],
})
export class SubmissionsModule {}
