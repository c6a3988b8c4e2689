import { Controller, Get, Inject, NotFoundException, Param, Req } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ErrorDto } from '../http/error.dto';
import { IdentityService } from '../identity/identity.service';
import { CatalogueService } from './catalogue.service';
import { ExerciseDetailDto, ExerciseSummaryDto } from './exercise.dto';
import { ExercisesRepository } from './exercises.repository';

/** The public catalogue; with an identity cookie, the caller's progress too. */
@ApiTags('exercises')
@Controller('exercises')
export class ExercisesController {
  constructor(
    @Inject(CatalogueService) private readonly catalogue: CatalogueService,
    @Inject(ExercisesRepository) private readonly exercises: ExercisesRepository,
    @Inject(IdentityService) private readonly identities: IdentityService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every exercise, by module then order' })
  @ApiOkResponse({ type: [ExerciseSummaryDto] })
  async list(@Req() request: Request): Promise<ExerciseSummaryDto[]> {
    const all = [...(await this.catalogue.all()).values()];
    const summaries = all.map((exercise) => CatalogueService.toSummary(exercise));
    const identity = await this.identities.fromRequest(request);
    if (!identity) return summaries;
    const progress = new Map((await this.exercises.progressOf(identity.id)).map((row) => [row.exercise_slug, row]));
    return all.map((exercise, index) => {
      const row = progress.get(exercise.slug);
      return {
        ...summaries[index],
        progress: row ? { bestScore: Number(row.best_score), maxScore: CatalogueService.maxScore(exercise), passed: row.passed } : null,
      };
    });
  }

  @Get(':slug')
  @ApiOperation({ summary: 'One exercise: statement, starter, checks (never the solution)' })
  @ApiOkResponse({ type: ExerciseDetailDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async detail(@Param('slug') slug: string): Promise<ExerciseDetailDto> {
    const exercise = await this.catalogue.find(slug);
    if (!exercise) throw new NotFoundException(`No exercise "${slug.slice(0, 80)}"`);
    return CatalogueService.toDetail(exercise);
  }
}
