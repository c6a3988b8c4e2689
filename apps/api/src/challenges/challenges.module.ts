import { Module } from '@nestjs/common';
import { ExercisesModule } from '../exercises/exercises.module';
import { IdentityModule } from '../identity/identity.module';
import { ChallengesController } from './challenges.controller';
import { ChallengesService } from './challenges.service';

@Module({
  imports: [IdentityModule, ExercisesModule],
  controllers: [ChallengesController],
  providers: [ChallengesService],
})
export class ChallengesModule {}
