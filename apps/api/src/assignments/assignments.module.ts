import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module';
import { ExercisesModule } from '../exercises/exercises.module';
import { IdentityModule } from '../identity/identity.module';
import { AssignmentGate } from './assignment-gate';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsRepository } from './assignments.repository';
import { AssignmentsService } from './assignments.service';

@Module({
  imports: [IdentityModule, CoursesModule, ExercisesModule],
  controllers: [AssignmentsController],
  providers: [AssignmentsRepository, AssignmentsService, AssignmentGate],
  exports: [AssignmentsRepository, AssignmentGate],
})
export class AssignmentsModule {}
