import { Controller, Get, HttpCode, Inject, Param, Post, UseGuards } from '@nestjs/common';
import { ApiCookieAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ErrorDto } from '../http/error.dto';
import { CurrentIdentity, IdentityGuard } from '../identity/identity.guard';
import type { Identity } from '../identity/identity.schema';
import { RegradeService, type RegradeReport, type RegradeStarted } from './regrade.service';

/** Regrading an exercise's submissions after a fix, and what changed (instructors of a course using it, admins). */
@ApiTags('regrade')
@ApiCookieAuth('dl_identity')
@ApiUnauthorizedResponse({ type: ErrorDto, description: 'Not signed in' })
@UseGuards(IdentityGuard)
@Controller('exercises/:slug')
export class RegradeController {
  constructor(@Inject(RegradeService) private readonly regrade: RegradeService) {}

  @Post('regrade')
  @HttpCode(202)
  @ApiOperation({ summary: 'Regrade every graded submission of the exercise in my courses, same seed, current version' })
  @ApiOkResponse({ description: '{ runId, exercise, toVersion, submissions }' })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'Not an exercise of a course I teach' })
  start(@CurrentIdentity() identity: Identity, @Param('slug') slug: string): Promise<RegradeStarted> {
    return this.regrade.start(identity, slug);
  }

  @Get('regrades')
  @ApiOperation({ summary: 'The last regrade: counts, and per submission the score before/after and the checks that flipped' })
  @ApiOkResponse({ description: '{ runId, exercise, toVersion, createdAt, counts, submissions }' })
  @ApiNotFoundResponse({ type: ErrorDto })
  lastRun(@CurrentIdentity() identity: Identity, @Param('slug') slug: string): Promise<RegradeReport> {
    return this.regrade.lastRun(identity, slug);
  }
}
