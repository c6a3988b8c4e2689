import { BadRequestException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { CourseAccess, isUuid } from '../courses/course-access';
import type { Identity } from '../identity/identity.schema';
import { AssignmentsRepository } from './assignments.repository';

/** How a submission counts for an assignment. */
export interface AssignmentStamp {
  assignmentId: string;
  /** Submitted after the deadline: recorded and flagged, the penalty applies in the gradebook. */
  isLate: boolean;
}

/**
 * Decides whether a submission may count for an assignment: the caller belongs to its course
 * (404 otherwise, as for an unknown id), the exercise is part of it (400), it is open (403
 * before opensAt). After the deadline it is accepted and flagged late.
 */
@Injectable()
export class AssignmentGate {
  constructor(
    @Inject(AssignmentsRepository) private readonly assignments: AssignmentsRepository,
    @Inject(CourseAccess) private readonly access: CourseAccess,
  ) {}

  async stamp(identity: Identity, assignmentId: string, exercise: string, now = new Date()): Promise<AssignmentStamp> {
    const assignment = isUuid(assignmentId) ? await this.assignments.find(assignmentId) : undefined;
    if (!assignment || !(await this.access.roleIn(identity, assignment.courseId))) throw new NotFoundException('Assignment not found');
    if (!assignment.exercises.some((item) => item.slug === exercise)) {
      throw new BadRequestException(`The exercise "${exercise.slice(0, 80)}" is not part of the assignment "${assignment.title}"`);
    }
    if (now < new Date(assignment.opensAt)) throw new ForbiddenException(`The assignment "${assignment.title}" opens at ${assignment.opensAt}`);
    return { assignmentId, isLate: now > new Date(assignment.dueAt) };
  }
}
