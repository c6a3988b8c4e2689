import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module';
import { IdentityModule } from '../identity/identity.module';
import { SimilarityController } from './similarity.controller';
import { SimilarityService } from './similarity.service';

@Module({
  imports: [IdentityModule, CoursesModule],
  controllers: [SimilarityController],
  providers: [SimilarityService],
})
export class SimilarityModule {}
