import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type pg from 'pg';
import { CourseAccess, isUuid, type CourseRole } from '../courses/course-access';
import { PG_POOL } from '../database/database.module';
import { CatalogueService } from '../exercises/catalogue.service';
import { loadAttempts } from '../gradebook/attempts';
import { gradeAssignment, type AssignmentGrade } from '../gradebook/scoring';
import type { Identity } from '../identity/identity.schema';
import { AssignmentsRepository, type AssignmentView } from './assignments.repository';
import type { CreateAssignment } from './assignments.schema';

/** An assignment with the caller's role in its course and, for a student, their scores. */
export interface AssignmentDetail extends AssignmentView {
  role: CourseRole;
  /** The caller's own grade (best, latest, attempts, late flags) on it. */
  grade: AssignmentGrade;
}

/** Assignments: instructors create them, members of the course read them. */
@Injectable()
export class AssignmentsService {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(AssignmentsRepository) private readonly assignments: AssignmentsRepository,
    @Inject(CourseAccess) private readonly access: CourseAccess,
    @Inject(CatalogueService) private readonly catalogue: CatalogueService,
  ) {}

  async create(identity: Identity, courseId: string, assignment: CreateAssignment): Promise<AssignmentView> {
    await this.access.requireInstructor(identity, courseId);
    const all = await this.catalogue.all();
    const unknown = assignment.exercises.map((exercise) => exercise.slug).filter((slug) => !all.has(slug));
    if (unknown.length) throw new BadRequestException(`exercises: unknown exercise${unknown.length > 1 ? 's' : ''}: ${unknown.map((slug) => slug.slice(0, 80)).join(', ')}`);
    return this.assignments.create(courseId, assignment);
  }

  /** The course's assignments, each with the caller's grade on it. */
  async list(identity: Identity, courseId: string): Promise<AssignmentDetail[]> {
    const role = await this.access.requireMember(identity, courseId);
    const [assignments, attempts] = await Promise.all([this.assignments.listForCourse(courseId), loadAttempts(this.pool, { courseId, userId: identity.id })]);
    return assignments.map((assignment) => ({ ...assignment, role, grade: gradeAssignment(assignment, attempts.filter((a) => a.assignmentId === assignment.id)) }));
  }

  async get(identity: Identity, id: string): Promise<AssignmentDetail> {
    const assignment = isUuid(id) ? await this.assignments.find(id) : undefined;
    const role = assignment && (await this.access.roleIn(identity, assignment.courseId));
    if (!assignment || !role) throw new NotFoundException('Assignment not found');
    const attempts = await loadAttempts(this.pool, { courseId: assignment.courseId, assignmentId: id, userId: identity.id });
    return { ...assignment, role, grade: gradeAssignment(assignment, attempts) };
  }
}
