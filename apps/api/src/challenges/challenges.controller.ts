import { Controller, Get, Inject, Param, Req } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ErrorDto } from '../http/error.dto';
import { IdentityService } from '../identity/identity.service';
import { ChallengesService, type ChallengeSummary, type Leaderboard } from './challenges.service';

/** The MNIST challenges: rules, the caller's submissions left today, leaderboards. */
@ApiTags('challenges')
@Controller('challenges')
export class ChallengesController {
  constructor(
    @Inject(ChallengesService) private readonly challenges: ChallengesService,
    @Inject(IdentityService) private readonly identities: IdentityService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every challenge: threshold, training budget, closing date, reference accuracy; with an identity, submissions left today' })
  @ApiOkResponse({ description: 'ChallengeSummary[]' })
  async list(@Req() request: Request): Promise<ChallengeSummary[]> {
    const identity = await this.identities.fromRequest(request);
    return this.challenges.list(identity?.id);
  }

  @Get(':slug/leaderboard')
  @ApiOperation({ summary: 'Best public accuracy per student (ties: earlier submission first); private accuracy once closed; best-so-far history' })
  @ApiOkResponse({ description: 'Leaderboard' })
  @ApiNotFoundResponse({ type: ErrorDto })
  leaderboard(@Param('slug') slug: string): Promise<Leaderboard> {
    return this.challenges.leaderboard(slug);
  }
}
