import { Body, Controller, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { ApiBody, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ErrorDto } from '../http/error.dto';
import { SessionsRepository } from '../identity/sessions.repository';
import { setSessionCookie } from '../identity/session-cookie';
import { PasswordResetSchema, SignUpSchema } from './courses.schema';
import { CoursesService } from './courses.service';

/** What a person does with a link an instructor gave them: sign up to a course, set a new password. */
@ApiTags('session')
@Controller()
export class AccountsController {
  constructor(
    @Inject(CoursesService) private readonly courses: CoursesService,
    @Inject(SessionsRepository) private readonly sessions: SessionsRepository,
  ) {}

  @Post('signup')
  @HttpCode(201)
  @ApiOperation({ summary: 'Create an account from a sign-up link; joins the course and signs in' })
  @ApiBody({ schema: { type: 'object', required: ['token', 'name', 'email', 'password'], properties: { token: { type: 'string' }, name: { type: 'string' }, email: { type: 'string' }, password: { type: 'string' } } } })
  @ApiConflictResponse({ type: ErrorDto, description: 'An account with this email exists' })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'Unknown, expired or used link' })
  async signUp(@Body() body: unknown, @Res({ passthrough: true }) response: Response): Promise<{ id: string; name: string; email: string | null }> {
    const user = await this.courses.signUp(SignUpSchema.parse(body ?? {}));
    const { token, expiresAt } = await this.sessions.open(user.id);
    setSessionCookie(response, token, expiresAt);
    return { id: user.id, name: user.name, email: user.email };
  }

  @Post('password-reset')
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a new password from a one-time reset link (ends every session of the account)' })
  @ApiBody({ schema: { type: 'object', required: ['token', 'password'], properties: { token: { type: 'string' }, password: { type: 'string' } } } })
  @ApiOkResponse({ description: 'No content' })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'Unknown, expired or used link' })
  resetPassword(@Body() body: unknown): Promise<void> {
    return this.courses.resetPassword(PasswordResetSchema.parse(body ?? {}));
  }
}
