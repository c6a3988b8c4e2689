import { Body, Controller, Get, HttpCode, Inject, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiBody, ApiCookieAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse,
  ApiOperation, ApiTags, ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ErrorDto } from '../http/error.dto';
import { CurrentIdentity, IdentityGuard } from '../identity/identity.guard';
import type { Identity } from '../identity/identity.schema';
import type { AssignmentView } from './assignments.repository';
import { CreateAssignmentSchema } from './assignments.schema';
import { AssignmentsService, type AssignmentDetail } from './assignments.service';

/** Assignments of a course: exercises with weights, an opening date, a deadline and a late penalty. */
@ApiTags('assignments')
@ApiCookieAuth('dl_identity')
@ApiUnauthorizedResponse({ type: ErrorDto, description: 'Not signed in' })
@UseGuards(IdentityGuard)
@Controller()
export class AssignmentsController {
  constructor(@Inject(AssignmentsService) private readonly assignments: AssignmentsService) {}

  @Post('courses/:id/assignments')
  @HttpCode(201)
  @ApiOperation({ summary: 'Create an assignment (instructors of the course)' })
  @ApiBody({
    schema: {
      type: 'object', required: ['title', 'opensAt', 'dueAt', 'exercises'],
      properties: {
        title: { type: 'string' }, opensAt: { type: 'string', format: 'date-time' }, dueAt: { type: 'string', format: 'date-time' },
        latePenaltyPercent: { type: 'number' },
        exercises: { type: 'array', items: { type: 'object', properties: { slug: { type: 'string' }, weight: { type: 'number' } } } },
      },
    },
  })
  @ApiCreatedResponse({ description: 'The assignment' })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  create(@CurrentIdentity() identity: Identity, @Param('id') id: string, @Body() body: unknown): Promise<AssignmentView> {
    return this.assignments.create(identity, id, CreateAssignmentSchema.parse(body ?? {}));
  }

  @Get('courses/:id/assignments')
  @ApiOperation({ summary: "The course's assignments, each with my grade on it (members)" })
  @ApiOkResponse({ description: '[assignment + { role, grade }]' })
  @ApiNotFoundResponse({ type: ErrorDto })
  list(@CurrentIdentity() identity: Identity, @Param('id') id: string): Promise<AssignmentDetail[]> {
    return this.assignments.list(identity, id);
  }

  @Get('assignments/:id')
  @ApiOperation({ summary: 'An assignment: exercises with weights, dates, and my scores (members of its course)' })
  @ApiOkResponse({ description: 'assignment + { role, grade }' })
  @ApiNotFoundResponse({ type: ErrorDto })
  get(@CurrentIdentity() identity: Identity, @Param('id') id: string): Promise<AssignmentDetail> {
    return this.assignments.get(identity, id);
  }
}
