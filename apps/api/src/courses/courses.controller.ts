import { Body, Controller, Get, HttpCode, Inject, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiBody, ApiConflictResponse, ApiCookieAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse,
  ApiConsumes, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ErrorDto } from '../http/error.dto';
import { CurrentIdentity, IdentityGuard } from '../identity/identity.guard';
import type { Identity } from '../identity/identity.schema';
import { CreateCourseSchema, CreateInvitationSchema, ImportBodySchema } from './courses.schema';
import { CoursesService, type CourseDetail, type ImportedStudent } from './courses.service';
import type { CourseSummary } from './courses.repository';

/** Courses and their members: instructors of the course (or an admin) manage them; members read them. */
@ApiTags('courses')
@ApiCookieAuth('dl_identity')
@ApiUnauthorizedResponse({ type: ErrorDto, description: 'Not signed in' })
@UseGuards(IdentityGuard)
@Controller('courses')
export class CoursesController {
  constructor(@Inject(CoursesService) private readonly courses: CoursesService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Create a course (instructors, admins); the creator teaches it' })
  @ApiBody({ schema: { type: 'object', required: ['title'], properties: { title: { type: 'string' } } } })
  @ApiCreatedResponse({ description: '{ id, title, role }' })
  @ApiForbiddenResponse({ type: ErrorDto, description: 'A student account' })
  create(@CurrentIdentity() identity: Identity, @Body() body: unknown): Promise<CourseSummary> {
    return this.courses.create(identity, CreateCourseSchema.parse(body ?? {}).title);
  }

  @Get()
  @ApiOperation({ summary: 'My courses with my role in each (an admin: every course)' })
  @ApiOkResponse({ description: '[{ id, title, role }]' })
  list(@CurrentIdentity() identity: Identity): Promise<CourseSummary[]> {
    return this.courses.list(identity);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A course I belong to; instructors also get its members' })
  @ApiOkResponse({ description: '{ id, title, role, members? }' })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'Unknown course, or not a member' })
  get(@CurrentIdentity() identity: Identity, @Param('id') id: string): Promise<CourseDetail> {
    return this.courses.get(identity, id);
  }

  @Post(':id/invitations')
  @HttpCode(201)
  @ApiOperation({ summary: 'A sign-up link to the course (role student by default; with email: for that person, once)' })
  @ApiBody({ schema: { type: 'object', properties: { role: { enum: ['student', 'instructor'] }, email: { type: 'string' }, days: { type: 'integer' } } } })
  @ApiCreatedResponse({ description: '{ url, expiresAt }' })
  @ApiForbiddenResponse({ type: ErrorDto, description: 'A student of the course' })
  @ApiNotFoundResponse({ type: ErrorDto })
  invite(@CurrentIdentity() identity: Identity, @Param('id') id: string, @Body() body: unknown): Promise<{ url: string; expiresAt: string }> {
    return this.courses.invite(identity, id, CreateInvitationSchema.parse(body ?? {}));
  }

  @Post(':id/students/import')
  @HttpCode(201)
  @ApiOperation({ summary: 'Import students from CSV (email,name[,password]): every row validated first, all or nothing' })
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({ description: 'JSON { csv } or the CSV itself as text/csv', schema: { type: 'object', required: ['csv'], properties: { csv: { type: 'string' } } } })
  @ApiCreatedResponse({ description: '{ imported: [{ line, id, email, name, created, resetUrl? }] }' })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'Invalid rows, each with its line number (`rows`); nothing imported' })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  importStudents(@CurrentIdentity() identity: Identity, @Param('id') id: string, @Body() body: unknown): Promise<{ imported: ImportedStudent[] }> {
    const csv = typeof body === 'string' ? body : ImportBodySchema.parse(body ?? {}).csv;
    return this.courses.importStudents(identity, id, csv);
  }

  @Post(':id/members/:userId/password-reset')
  @HttpCode(201)
  @ApiOperation({ summary: "A one-time link that sets a new password for a student of the course" })
  @ApiCreatedResponse({ description: '{ url, expiresAt }' })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto })
  passwordReset(@CurrentIdentity() identity: Identity, @Param('id') id: string, @Param('userId') userId: string): Promise<{ url: string; expiresAt: string }> {
    return this.courses.passwordResetLink(identity, id, userId);
  }
}
