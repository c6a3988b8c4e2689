import { Body, Controller, Delete, Get, HttpCode, Inject, Post, Res, UseGuards } from '@nestjs/common';
import { ApiBody, ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { ErrorDto } from '../http/error.dto';
import { CurrentIdentity, IdentityGuard } from './identity.guard';
import { IDENTITY_COOKIE, SessionRequestSchema, type Identity } from './identity.schema';
import { IdentityService } from './identity.service';
import { SessionDto, SessionRequestDto } from './session.dto';

const THIRTY_DAYS_MS = 30 * 24 * 3600 * 1000;

/** The minimal identity: a name, remembered in a signed HTTP-only cookie. */
@ApiTags('session')
@Controller('session')
export class IdentityController {
  constructor(@Inject(IdentityService) private readonly identities: IdentityService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in by name (created as a student when new); sets the dl_identity cookie' })
  @ApiBody({ type: SessionRequestDto })
  @ApiOkResponse({ type: SessionDto })
  async signIn(@Body() body: unknown, @Res({ passthrough: true }) response: Response): Promise<SessionDto> {
    const { name } = SessionRequestSchema.parse(body ?? {});
    const identity = await this.identities.signIn(name);
    response.cookie(IDENTITY_COOKIE, identity.id, { signed: true, httpOnly: true, sameSite: 'lax', path: '/', maxAge: THIRTY_DAYS_MS });
    return toSession(identity);
  }

  @Get()
  @UseGuards(IdentityGuard)
  @ApiCookieAuth(IDENTITY_COOKIE)
  @ApiOperation({ summary: 'Who am I' })
  @ApiOkResponse({ type: SessionDto })
  @ApiUnauthorizedResponse({ type: ErrorDto })
  current(@CurrentIdentity() identity: Identity): SessionDto {
    return toSession(identity);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out (clears the cookie)' })
  signOut(@Res({ passthrough: true }) response: Response): void {
    response.clearCookie(IDENTITY_COOKIE, { path: '/' });
  }
}

function toSession(identity: Identity): SessionDto {
  // The contract knows students and instructors; an admin acts as an instructor there.
  return { name: identity.name, role: identity.role === 'student' ? 'student' : 'instructor' };
}
