import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module';
import { ExercisesModule } from '../exercises/exercises.module';
import { IdentityModule } from '../identity/identity.module';
import { AuthoringController } from './authoring.controller';
import { AuthoringRepository } from './authoring.repository';
import { AuthoringService } from './authoring.service';

@Module({
  imports: [IdentityModule, CoursesModule, ExercisesModule],
  controllers: [AuthoringController],
  providers: [AuthoringRepository, AuthoringService],
})
export class AuthoringModule {}
