import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { API_CONFIG, type ApiConfig } from '../config';
import { ExercisesModule } from '../exercises/exercises.module';
import { IdentityModule } from '../identity/identity.module';
import { SubmissionEvents } from './submissions.events';
import { SubmissionsController } from './submissions.controller';
import { SubmissionsRepository } from './submissions.repository';
import { SubmissionsService } from './submissions.service';
import { DEFAULT_SUBMISSIONS_PER_MINUTE, StudentRateLimitGuard, SUBMISSION_THROTTLER } from './submission-rate-limit';

@Module({
  imports: [
    IdentityModule,
    ExercisesModule,
    ThrottlerModule.forRootAsync({
      inject: [API_CONFIG],
      useFactory: (config: ApiConfig) => [
        { name: SUBMISSION_THROTTLER, ttl: 60_000, limit: config.submissionsPerMinute ?? DEFAULT_SUBMISSIONS_PER_MINUTE },
      ],
    }),
  ],
  controllers: [SubmissionsController],
  providers: [SubmissionsRepository, SubmissionsService, SubmissionEvents, StudentRateLimitGuard],
})
export class SubmissionsModule {}
