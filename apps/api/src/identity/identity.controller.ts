import { Body, Controller, Delete, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBody, ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type pg from 'pg';
import { PG_POOL } from '../database/database.module';
import { ErrorDto } from '../http/error.dto';
import { CurrentIdentity, IdentityGuard } from './identity.guard';
import { IDENTITY_COOKIE, mayCreateCourses, SessionRequestSchema, type Identity } from './identity.schema';
import { IdentityService } from './identity.service';
import { setSessionCookie } from './session-cookie';
import { SessionDto, SessionRequestDto } from './session.dto';

/** Sign in with email and password (a server-side session named by a signed HTTP-only cookie), who am I, sign out. */
@ApiTags('session')
@Controller('session')
export class IdentityController {
  constructor(
    @Inject(IdentityService) private readonly identities: IdentityService,
    @Inject(PG_POOL) private readonly pool: pg.Pool,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with email and password; sets the dl_identity session cookie' })
  @ApiBody({ type: SessionRequestDto })
  @ApiOkResponse({ type: SessionDto })
  @ApiUnauthorizedResponse({ type: ErrorDto, description: 'Wrong email or password (one message for both)' })
  @ApiTooManyRequestsResponse({ type: ErrorDto, description: 'Too many attempts for this email in the last minute' })
  async signIn(@Body() body: unknown, @Res({ passthrough: true }) response: Response): Promise<SessionDto> {
    const { email, password } = SessionRequestSchema.parse(body ?? {});
    const { identity, token, expiresAt } = await this.identities.signIn(email, password);
    setSessionCookie(response, token, expiresAt);
    return this.toSession(identity);
  }

  @Get()
  @UseGuards(IdentityGuard)
  @ApiCookieAuth(IDENTITY_COOKIE)
  @ApiOperation({ summary: 'Who am I, and my courses' })
  @ApiOkResponse({ type: SessionDto })
  @ApiUnauthorizedResponse({ type: ErrorDto })
  current(@CurrentIdentity() identity: Identity): Promise<SessionDto> {
    return this.toSession(identity);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out (ends the session, clears the cookie)' })
  async signOut(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.identities.signOut(request);
    response.clearCookie(IDENTITY_COOKIE, { path: '/' });
  }

  private async toSession(identity: Identity): Promise<SessionDto> {
    const { rows: courses } = await this.pool.query<{ id: string; title: string; role: 'student' | 'instructor' }>(
      `SELECT c.id, c.title, m.role FROM course_members m JOIN courses c ON c.id = m.course_id
       WHERE m.user_id = $1 ORDER BY c.created_at, c.title`,
      [identity.id],
    );
    const teaches = mayCreateCourses(identity) || courses.some((course) => course.role === 'instructor');
    return { id: identity.id, name: identity.name, email: identity.email, isAdmin: identity.isAdmin, role: teaches ? 'instructor' : 'student', courses };
  }
}
