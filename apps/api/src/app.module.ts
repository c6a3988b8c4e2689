import { Module, type DynamicModule } from '@nestjs/common';
import { API_CONFIG, type ApiConfig } from './config';
import { AssignmentsModule } from './assignments/assignments.module';
import { ChallengesModule } from './challenges/challenges.module';
import { CoursesModule } from './courses/courses.module';
import { DatabaseModule } from './database/database.module';
import { ExercisesModule } from './exercises/exercises.module';
import { GradebookModule } from './gradebook/gradebook.module';
import { HealthModule } from './health/health.module';
import { IdentityModule } from './identity/identity.module';
import { MetricsModule } from './metrics/metrics.module';
import { RegradeModule } from './regrade/regrade.module';
import { AuthoringModule } from './authoring/authoring.module';
import { SimilarityModule } from './similarity/similarity.module';
import { SubmissionsModule } from './submissions/submissions.module';

/** The HTTP API: one module per feature, configured by the entry point. */
@Module({})
export class AppModule {
  static forRoot(config: ApiConfig): DynamicModule {
    return {
      module: AppModule,
      global: true,
      providers: [{ provide: API_CONFIG, useValue: config }],
      exports: [API_CONFIG],
      imports: [DatabaseModule, IdentityModule, CoursesModule, AssignmentsModule, GradebookModule, ExercisesModule, SubmissionsModule, ChallengesModule, HealthModule, MetricsModule, RegradeModule, SimilarityModule, AuthoringModule],
    };
  }
}
