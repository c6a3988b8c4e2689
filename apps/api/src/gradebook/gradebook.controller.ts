import { Controller, Get, Header, Inject, Param, Query, UseGuards } from '@nestjs/common';
import {
  ApiCookieAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags, ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { z } from 'zod';
import { ErrorDto } from '../http/error.dto';
import { CurrentIdentity, IdentityGuard } from '../identity/identity.guard';
import type { Identity } from '../identity/identity.schema';
import { GradebookService, type Gradebook, type HistoryEntry } from './gradebook.service';

const ExerciseQuerySchema = z.string({ error: 'exercise: must be one exercise slug' }).min(1).max(200).optional();

/** Gradebooks (instructors), a student's own submission history, diffs between two submissions. */
@ApiTags('gradebook')
@ApiCookieAuth('dl_identity')
@ApiUnauthorizedResponse({ type: ErrorDto, description: 'Not signed in' })
@UseGuards(IdentityGuard)
@Controller()
export class GradebookController {
  constructor(@Inject(GradebookService) private readonly gradebook: GradebookService) {}

  @Get('courses/:id/gradebook')
  @ApiOperation({ summary: 'Per student × assignment: best and latest score, late flag, attempts; weighted totals (instructors)' })
  @ApiOkResponse({ description: '{ course, assignments, students: [{ id, name, email, grades, total }] }' })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  get(@CurrentIdentity() identity: Identity, @Param('id') id: string): Promise<Gradebook> {
    return this.gradebook.gradebook(identity, id);
  }

  @Get('courses/:id/gradebook.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="gradebook.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The gradebook as CSV (instructors)' })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  csv(@CurrentIdentity() identity: Identity, @Param('id') id: string): Promise<string> {
    return this.gradebook.gradebookCsv(identity, id);
  }

  @Get('students/me/submissions')
  @ApiOperation({ summary: 'My submissions, newest first, with code and result' })
  @ApiQuery({ name: 'exercise', required: false })
  @ApiOkResponse({ description: '[{ id, exercise, mode, status, score, maxScore, assignmentId, isLate, createdAt, code, result }]' })
  history(@CurrentIdentity() identity: Identity, @Query('exercise') exercise: unknown): Promise<HistoryEntry[]> {
    return this.gradebook.history(identity, ExerciseQuerySchema.parse(exercise));
  }

  @Get('courses/:id/students/:userId/submissions')
  @ApiOperation({ summary: "A student's submissions for this course (or for no assignment), newest first, with code and result (instructors)" })
  @ApiQuery({ name: 'exercise', required: false })
  @ApiOkResponse({ description: 'as GET /api/students/me/submissions' })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  studentHistory(
    @CurrentIdentity() identity: Identity, @Param('id') id: string, @Param('userId') userId: string, @Query('exercise') exercise: unknown,
  ): Promise<HistoryEntry[]> {
    return this.gradebook.studentHistory(identity, id, userId, ExerciseQuerySchema.parse(exercise));
  }

  @Get('submissions/:id/diff/:otherId')
  @ApiOperation({ summary: 'Unified diff between the code of two submissions of one person (mine, or my students\')' })
  @ApiOkResponse({ description: '{ from, to, diff }' })
  @ApiNotFoundResponse({ type: ErrorDto })
  diff(@CurrentIdentity() identity: Identity, @Param('id') id: string, @Param('otherId') otherId: string): Promise<{ from: string; to: string; diff: string }> {
    return this.gradebook.diff(identity, id, otherId);
  }
}
