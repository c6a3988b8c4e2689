import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { AccountsController } from './accounts.controller';
import { CourseAccess } from './course-access';
import { CoursesController } from './courses.controller';
import { CoursesRepository } from './courses.repository';
import { CoursesService } from './courses.service';

@Module({
  imports: [IdentityModule],
  controllers: [CoursesController, AccountsController],
  providers: [CoursesRepository, CourseAccess, CoursesService],
  exports: [CourseAccess, CoursesRepository],
})
export class CoursesModule {}
