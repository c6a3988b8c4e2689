import { Controller, Get, Inject, Param, Query, UseGuards } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { z } from 'zod';
import { ErrorDto } from '../http/error.dto';
import { CurrentIdentity, IdentityGuard } from '../identity/identity.guard';
import type { Identity } from '../identity/identity.schema';
import { SimilarityService, type SimilarityReport } from './similarity.service';

const ExerciseSchema = z.string({ error: 'exercise: one exercise slug is required' }).min(1).max(200);

/** Code similarity between students of a course (instructors of the course, admins). */
@ApiTags('similarity')
@ApiCookieAuth('dl_identity')
@ApiUnauthorizedResponse({ type: ErrorDto, description: 'Not signed in' })
@UseGuards(IdentityGuard)
@Controller('courses/:id/similarity')
export class SimilarityController {
  constructor(@Inject(SimilarityService) private readonly similarity: SimilarityService) {}

  @Get()
  @ApiOperation({ summary: "Pairs of students' final submissions ranked by similarity, with the matching fragments" })
  @ApiQuery({ name: 'exercise', required: true })
  @ApiOkResponse({ description: '{ exercise, students, pairs: [{ left, right, similarity, longest, fragments: [{ left, right }] }] }' })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  report(@CurrentIdentity() identity: Identity, @Param('id') id: string, @Query('exercise') exercise: unknown): Promise<SimilarityReport> {
    return this.similarity.report(identity, id, ExerciseSchema.parse(exercise));
  }
}
