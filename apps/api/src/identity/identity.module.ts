import { Module } from '@nestjs/common';
import { DemoUsers } from './demo-users';
import { IdentityController } from './identity.controller';
import { IdentityGuard } from './identity.guard';
import { IdentityService } from './identity.service';
import { UsersRepository } from './users.repository';

@Module({
  controllers: [IdentityController],
  providers: [UsersRepository, IdentityService, IdentityGuard, DemoUsers],
  exports: [IdentityService, IdentityGuard, UsersRepository],
})
export class IdentityModule {}
