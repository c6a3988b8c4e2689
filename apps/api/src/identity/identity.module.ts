import { Module } from '@nestjs/common';
import { DemoUsers } from './demo-users';
import { IdentityController } from './identity.controller';
import { IdentityGuard } from './identity.guard';
import { IdentityService } from './identity.service';
import { SessionsRepository } from './sessions.repository';
import { UsersRepository } from './users.repository';

@Module({
  controllers: [IdentityController],
  providers: [UsersRepository, SessionsRepository, IdentityService, IdentityGuard, DemoUsers],
  exports: [IdentityService, IdentityGuard, UsersRepository, SessionsRepository],
})
export class IdentityModule {}
