import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { CoursesModule } from '../courses/courses.module';
import { IdentityModule } from '../identity/identity.module';
import { GradebookController } from './gradebook.controller';
import { GradebookService } from './gradebook.service';

@Module({
  imports: [IdentityModule, CoursesModule, AssignmentsModule],
  controllers: [GradebookController],
  providers: [GradebookService],
})
export class GradebookModule {}
