import { BadRequestException, ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type pg from 'pg';
import { PG_POOL } from '../database/database.module';
import { withTransaction } from '../database/transaction';
import { createAccount, emailTakenMessage } from '../identity/accounts';
import { mayCreateCourses, type Identity } from '../identity/identity.schema';
import { hashPassword } from '../identity/password';
import { SessionsRepository } from '../identity/sessions.repository';
import { UsersRepository } from '../identity/users.repository';
import { CourseAccess, isUuid, type CourseRole } from './course-access';
import { CoursesRepository, type CourseMember, type CourseSummary } from './courses.repository';
import { InvitationsRepository, linkUrl } from './invitations.repository';
import { describeRowErrors, parseStudentCsv } from './student-import';

/** A course page: everyone sees the title and their role; instructors also see the members. */
export interface CourseDetail extends CourseSummary {
  members?: CourseMember[];
}

/** One imported student: created (with a reset link when the file gave no password) or an existing account enrolled. */
export interface ImportedStudent {
  line: number;
  id: string;
  email: string;
  name: string;
  created: boolean;
  resetUrl?: string;
}

/** Courses, their members, invitations, student imports and password-reset links. */
@Injectable()
export class CoursesService {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(CoursesRepository) private readonly courses: CoursesRepository,
    @Inject(CourseAccess) private readonly access: CourseAccess,
  ) {}

  async create(identity: Identity, title: string): Promise<CourseSummary> {
    if (!mayCreateCourses(identity)) throw new ForbiddenException('Only instructors and admins may create courses');
    return this.courses.create(title, identity.id);
  }

  list(identity: Identity): Promise<CourseSummary[]> {
    return this.courses.listFor(identity);
  }

  async get(identity: Identity, courseId: string): Promise<CourseDetail> {
    const role = await this.access.requireMember(identity, courseId);
    const title = (await this.courses.title(courseId))!;
    return role === 'instructor' ? { id: courseId, title, role, members: await this.courses.members(courseId) } : { id: courseId, title, role };
  }

  async invite(identity: Identity, courseId: string, invitation: { role: CourseRole; email?: string; days: number }): Promise<{ url: string; expiresAt: string }> {
    await this.access.requireInstructor(identity, courseId);
    const { token, expiresAt } = await InvitationsRepository.createSignUp(this.pool, {
      courseId, role: invitation.role, email: invitation.email ?? null, createdBy: identity.id, days: invitation.days,
    });
    return { url: linkUrl('signup', token), expiresAt: expiresAt.toISOString() };
  }

  /** Validates every row first; then creates and enrolls everyone in one transaction (all or nothing). */
  async importStudents(identity: Identity, courseId: string, csv: string): Promise<{ imported: ImportedStudent[] }> {
    await this.access.requireInstructor(identity, courseId);
    const parsed = parseStudentCsv(csv);
    if (parsed.errors) throw new BadRequestException({ message: describeRowErrors(parsed.errors), details: { rows: parsed.errors } });
    const imported = await withTransaction(this.pool, async (client) => {
      const done: ImportedStudent[] = [];
      for (const row of parsed.rows) {
        const existing = await UsersRepository.findByEmail(client, row.email);
        const user = existing ?? (await createAccount(client, { name: row.name, email: row.email, password: row.password }));
        await CoursesRepository.addMember(client, courseId, user.id, 'student');
        const entry: ImportedStudent = { line: row.line, id: user.id, email: user.email ?? row.email, name: user.name, created: !existing };
        if (!existing && !row.password) entry.resetUrl = linkUrl('reset-password', (await InvitationsRepository.createPasswordReset(client, user.id, identity.id)).token);
        done.push(entry);
      }
      return done;
    });
    return { imported };
  }

  /** A one-time link that sets a new password for a student of the course (an admin: for any member). */
  async passwordResetLink(identity: Identity, courseId: string, userId: string): Promise<{ url: string; expiresAt: string }> {
    await this.access.requireInstructor(identity, courseId);
    const role = isUuid(userId) ? await this.courses.memberRole(courseId, userId) : undefined;
    if (!role) throw new NotFoundException('No such member in this course');
    if (role === 'instructor' && !identity.isAdmin && userId !== identity.id) throw new ForbiddenException("Only an admin may reset another instructor's password");
    const { token, expiresAt } = await InvitationsRepository.createPasswordReset(this.pool, userId, identity.id);
    return { url: linkUrl('reset-password', token), expiresAt: expiresAt.toISOString() };
  }

  /** Creates an account from a sign-up link and enrolls it; a taken email is a 409. */
  async signUp(request: { token: string; name: string; email: string; password: string }): Promise<Identity> {
    return withTransaction(this.pool, async (client) => {
      const invitation = await InvitationsRepository.takeSignUp(client, request.token);
      if (!invitation) throw new NotFoundException('This sign-up link is unknown, expired or already used');
      if (invitation.email && invitation.email.toLowerCase() !== request.email.toLowerCase()) {
        throw new ForbiddenException(`This sign-up link is for ${invitation.email}`);
      }
      if (await UsersRepository.findByEmail(client, request.email)) throw new ConflictException(`${emailTakenMessage(request.email)}: sign in instead`);
      const user = await createAccount(client, { ...request, role: invitation.role === 'instructor' ? 'instructor' : 'student' });
      await CoursesRepository.addMember(client, invitation.courseId, user.id, invitation.role);
      return user;
    });
  }

  /** Sets a new password from a one-time link and ends every session of that account. */
  async resetPassword(request: { token: string; password: string }): Promise<void> {
    const passwordHash = await hashPassword(request.password);
    await withTransaction(this.pool, async (client) => {
      const userId = await InvitationsRepository.takePasswordReset(client, request.token);
      if (!userId) throw new NotFoundException('This password-reset link is unknown, expired or already used');
      await UsersRepository.setPasswordHash(client, userId, passwordHash);
      await SessionsRepository.revokeAll(client, userId);
    });
  }
}
