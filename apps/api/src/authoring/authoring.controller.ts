import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, StreamableFile, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiBody, ApiConflictResponse, ApiCookieAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse,
  ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { exportArchive } from '@dl/exercises';
import { ErrorDto } from '../http/error.dto';
import { CurrentIdentity, IdentityGuard } from '../identity/identity.guard';
import type { Identity } from '../identity/identity.schema';
import { CreateExerciseSchema, ImportArchiveSchema, SaveDraftSchema } from './authoring.schema';
import { AuthoringService, type AuthoredExercise } from './authoring.service';
import type { AuthoredSummary } from './authoring.repository';

const FILES_SCHEMA = { type: 'object', additionalProperties: { type: 'string' }, description: 'path → text: exercise.ts, checks.ts, starter.ts, solution.ts, statement.fr.md, statement.en.md, mistakes/<name>.ts' };

/** Writing exercises in the browser: drafts, validation by the real grader, versions, folders in and out. */
@ApiTags('authoring')
@ApiCookieAuth('dl_identity')
@ApiUnauthorizedResponse({ type: ErrorDto, description: 'Not signed in' })
@UseGuards(IdentityGuard)
@Controller('authoring')
export class AuthoringController {
  constructor(@Inject(AuthoringService) private readonly authoring: AuthoringService) {}

  @Get('exercises')
  @ApiOperation({ summary: 'The authored exercises of the courses I teach' })
  @ApiOkResponse({ description: '{ exercises: [{ slug, title, courseId, courseTitle, publishedVersion, updatedAt, validation }] }' })
  async list(@CurrentIdentity() identity: Identity): Promise<{ exercises: AuthoredSummary[] }> {
    return { exercises: await this.authoring.list(identity) };
  }

  @Post('exercises')
  @ApiOperation({ summary: 'Start a new exercise in a course I teach, from the template or from an exercise I may read' })
  @ApiBody({ schema: { type: 'object', required: ['slug', 'courseId'], properties: { slug: { type: 'string' }, courseId: { type: 'string', format: 'uuid' }, from: { type: 'string' } } } })
  @ApiCreatedResponse({ description: '{ slug }' })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto, description: 'Not an instructor of that course' })
  @ApiConflictResponse({ type: ErrorDto, description: 'The slug is taken' })
  create(@CurrentIdentity() identity: Identity, @Body() body: unknown): Promise<{ slug: string }> {
    return this.authoring.create(identity, CreateExerciseSchema.parse(body ?? {}));
  }

  @Post('import')
  @ApiOperation({ summary: 'Import a zipped exercise folder (as exported) into a course I teach' })
  @ApiBody({ schema: { type: 'object', required: ['courseId', 'archive'], properties: { courseId: { type: 'string', format: 'uuid' }, archive: { type: 'string', description: 'the .zip, base64' } } } })
  @ApiCreatedResponse({ description: '{ slug, replacedDraft }' })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'Not an exercise folder: `problems` lists why, file by file' })
  @ApiConflictResponse({ type: ErrorDto })
  importArchive(@CurrentIdentity() identity: Identity, @Body() body: unknown): Promise<{ slug: string; replacedDraft: boolean }> {
    return this.authoring.importArchive(identity, ImportArchiveSchema.parse(body ?? {}));
  }

  @Get('exercises/:slug')
  @ApiOperation({ summary: 'The draft of an exercise I author, its last validation and its published versions' })
  @ApiOkResponse({ description: '{ slug, courseId, files, draftHash, publishedVersion, versions, validation }' })
  @ApiNotFoundResponse({ type: ErrorDto })
  get(@CurrentIdentity() identity: Identity, @Param('slug') slug: string): Promise<AuthoredExercise> {
    return this.authoring.get(identity, slug);
  }

  @Put('exercises/:slug')
  @ApiOperation({ summary: 'Save the draft (checked: known files, sizes, syntax with line and column)' })
  @ApiBody({ schema: { type: 'object', required: ['files'], properties: { files: FILES_SCHEMA } } })
  @ApiOkResponse({ description: '{ draftHash }' })
  @ApiBadRequestResponse({ type: ErrorDto, description: '`problems`: [{ file, line, column, message }]' })
  @ApiNotFoundResponse({ type: ErrorDto })
  save(@CurrentIdentity() identity: Identity, @Param('slug') slug: string, @Body() body: unknown): Promise<{ draftHash: string }> {
    return this.authoring.saveDraft(identity, slug, SaveDraftSchema.parse(body ?? {}).files);
  }

  @Post('exercises/:slug/validate')
  @HttpCode(202)
  @ApiOperation({ summary: 'Grade the draft’s solution, starter and mistakes with the real grader (poll the draft for the table)' })
  @ApiOkResponse({ description: '{ draftHash }' })
  @ApiNotFoundResponse({ type: ErrorDto })
  validate(@CurrentIdentity() identity: Identity, @Param('slug') slug: string): Promise<{ draftHash: string }> {
    return this.authoring.validate(identity, slug);
  }

  @Post('exercises/:slug/publish')
  @ApiOperation({ summary: 'Publish the validated draft as the exercise’s next version' })
  @ApiCreatedResponse({ description: '{ version }' })
  @ApiConflictResponse({ type: ErrorDto, description: 'The draft has not passed validation' })
  @ApiNotFoundResponse({ type: ErrorDto })
  publish(@CurrentIdentity() identity: Identity, @Param('slug') slug: string): Promise<{ version: number }> {
    return this.authoring.publish(identity, slug);
  }

  @Get('exercises/:slug/export')
  @ApiOperation({ summary: 'The exercise as a zipped folder: my draft, or a catalogue exercise (instructors)' })
  @ApiProduces('application/zip')
  @ApiOkResponse({ description: '<slug>.zip holding the folder <slug>/' })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto })
  async export(@CurrentIdentity() identity: Identity, @Param('slug') slug: string): Promise<StreamableFile> {
    const files = await this.authoring.filesOf(identity, slug);
    return new StreamableFile(Buffer.from(exportArchive(slug, files)), { type: 'application/zip', disposition: `attachment; filename="${slug}.zip"` });
  }
}
