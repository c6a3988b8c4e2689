import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { RegradeController } from './regrade.controller';
import { RegradeService } from './regrade.service';

@Module({
  imports: [IdentityModule],
  controllers: [RegradeController],
  providers: [RegradeService],
})
export class RegradeModule {}
