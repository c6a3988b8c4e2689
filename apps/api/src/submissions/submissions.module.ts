import { Module } from '@nestjs/common';
import { ThrottlerStorageService } from '@nestjs/throttler';
import { AssignmentsModule } from '../assignments/assignments.module';
import { ExercisesModule } from '../exercises/exercises.module';
import { IdentityModule } from '../identity/identity.module';
import { SubmissionEvents } from './submissions.events';
import { SubmissionsController } from './submissions.controller';
import { SubmissionsRepository } from './submissions.repository';
import { SubmissionsService } from './submissions.service';
import { StudentRateLimitGuard, SUBMISSION_RATE_STORAGE } from './submission-rate-limit';

@Module({
  imports: [IdentityModule, ExercisesModule, AssignmentsModule],
  controllers: [SubmissionsController],
  providers: [
    SubmissionsRepository,
    SubmissionsService,
    SubmissionEvents,
    StudentRateLimitGuard,
    { provide: SUBMISSION_RATE_STORAGE, useFactory: () => new ThrottlerStorageService() },
  ],
})
export class SubmissionsModule {}
