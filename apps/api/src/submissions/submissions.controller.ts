import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse, ApiBadRequestResponse, ApiBody, ApiCookieAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation,
  ApiPayloadTooLargeResponse, ApiProduces, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ErrorDto } from '../http/error.dto';
import { CurrentIdentity, IdentityGuard } from '../identity/identity.guard';
import type { Identity } from '../identity/identity.schema';
import { SubmissionAcceptedDto, SubmissionDto, SubmissionRequestDto } from './submission.dto';
import { SubmissionRequestSchema } from './submission-request';
import { streamSubmission } from './submission-stream';
import { SubmissionEvents } from './submissions.events';
import { SubmissionsRepository, type SubmissionView } from './submissions.repository';
import { SubmissionsService } from './submissions.service';
import { StudentRateLimitGuard } from './submission-rate-limit';

/** HTTP only: parse, delegate to the service, answer. */
@ApiTags('submissions')
@ApiCookieAuth('dl_identity')
@ApiUnauthorizedResponse({ type: ErrorDto, description: 'No identity cookie' })
@UseGuards(IdentityGuard)
@Controller('submissions')
export class SubmissionsController {
  constructor(
    @Inject(SubmissionsService) private readonly service: SubmissionsService,
    @Inject(SubmissionsRepository) private readonly submissions: SubmissionsRepository,
    @Inject(SubmissionEvents) private readonly events: SubmissionEvents,
  ) {}

  @Post()
  @HttpCode(202)
  @UseGuards(StudentRateLimitGuard)
  @ApiTooManyRequestsResponse({ type: ErrorDto, description: 'Too many submissions from this student in the last minute' })
  @ApiOperation({ summary: 'Submit code for grading (queued; follow it with GET /:id or /:id/events)' })
  @ApiBody({ type: SubmissionRequestDto })
  @ApiAcceptedResponse({ type: SubmissionAcceptedDto })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'Malformed body, wrong field type, unknown field, bad mode, invalid UTF-8' })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'Unknown exercise' })
  @ApiPayloadTooLargeResponse({ type: ErrorDto, description: 'Code over 64 KiB' })
  create(@CurrentIdentity() identity: Identity, @Body() body: unknown): Promise<SubmissionAcceptedDto> {
    return this.service.submit(identity, SubmissionRequestSchema.parse(body ?? {}));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One of your submissions, with its result once graded' })
  @ApiOkResponse({ type: SubmissionDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  get(@CurrentIdentity() identity: Identity, @Param('id') id: string): Promise<SubmissionView> {
    return this.service.get(identity, id);
  }

  @Get(':id/events')
  @ApiOperation({ summary: 'Server-sent events: `progress` { status, done, total } while grading, then `result` (the submission) once' })
  @ApiProduces('text/event-stream')
  @ApiNotFoundResponse({ type: ErrorDto })
  async events$(@CurrentIdentity() identity: Identity, @Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const initial = await this.service.get(identity, id);
    await streamSubmission({ request, response, events: this.events, initial, load: () => this.submissions.findOwned(id, identity.id) });
  }
}
