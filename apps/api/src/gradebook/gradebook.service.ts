import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { createTwoFilesPatch } from 'diff';
import { stringify } from 'csv-stringify/sync';
import type pg from 'pg';
import { AssignmentsRepository, type AssignmentView } from '../assignments/assignments.repository';
import { CourseAccess, isUuid } from '../courses/course-access';
import { CoursesRepository } from '../courses/courses.repository';
import { PG_POOL } from '../database/database.module';
import type { Identity } from '../identity/identity.schema';
import { loadAttempts } from './attempts';
import { courseTotal, gradeAssignment, type AssignmentGrade } from './scoring';

/** A course's gradebook: its assignments, and per student a grade on each (same order) and a total over the opened ones. */
export interface Gradebook {
  course: { id: string; title: string };
  assignments: AssignmentView[];
  students: { id: string; name: string; email: string | null; grades: AssignmentGrade[]; total: number | null }[];
}

/** One submission in a history. */
export interface HistoryEntry {
  id: string;
  exercise: string;
  mode: 'run' | 'submit';
  status: string;
  score: number | null;
  maxScore: number | null;
  assignmentId: string | null;
  isLate: boolean;
  createdAt: string;
  code: string;
  result: unknown;
}

/** Longest history returned at once (newest first). */
const HISTORY_LIMIT = 200;

/** Gradebooks for instructors, submission histories and diffs. */
@Injectable()
export class GradebookService {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(CourseAccess) private readonly access: CourseAccess,
    @Inject(CoursesRepository) private readonly courses: CoursesRepository,
    @Inject(AssignmentsRepository) private readonly assignments: AssignmentsRepository,
  ) {}

  async gradebook(identity: Identity, courseId: string): Promise<Gradebook> {
    await this.access.requireInstructor(identity, courseId);
    const [title, members, assignments, attempts] = await Promise.all([
      this.courses.title(courseId),
      this.courses.members(courseId),
      this.assignments.listForCourse(courseId),
      loadAttempts(this.pool, { courseId }),
    ]);
    const now = new Date();
    const students = members.filter((member) => member.role === 'student').map((student) => {
      const mine = attempts.filter((attempt) => attempt.userId === student.id);
      const grades = assignments.map((assignment) => gradeAssignment(assignment, mine.filter((attempt) => attempt.assignmentId === assignment.id)));
      // An assignment that has not opened yet does not pull the total down.
      const opened = grades.filter((_grade, i) => new Date(assignments[i].opensAt) <= now);
      return { id: student.id, name: student.name, email: student.email, grades, total: courseTotal(opened) };
    });
    return { course: { id: courseId, title: title! }, assignments, students };
  }

  /** The gradebook as CSV: one row per student; per assignment its best, latest, attempts and late flag; the total. */
  async gradebookCsv(identity: Identity, courseId: string): Promise<string> {
    const book = await this.gradebook(identity, courseId);
    const header = ['email', 'name', ...book.assignments.flatMap((a) => [`${a.title} best`, `${a.title} latest`, `${a.title} attempts`, `${a.title} late`]), 'total'];
    const rows = book.students.map((student) => [
      student.email ?? '',
      student.name,
      ...student.grades.flatMap((grade) => [grade.best, grade.latest, grade.attempts, grade.late ? 'late' : '']),
      student.total ?? '',
    ]);
    // Cells starting with = + - @ would be formulas in a spreadsheet: names come from students.
    return stringify([header, ...rows].map((row) => row.map(neutraliseFormula)));
  }

  /** The caller's own submissions, newest first, optionally of one exercise. */
  history(identity: Identity, exercise?: string): Promise<HistoryEntry[]> {
    return this.loadHistory(identity.id, exercise);
  }

  /**
   * A student's submissions as an instructor of their course sees them: those made for this
   * course's assignments or for none (not those for another course's), newest first.
   */
  async studentHistory(identity: Identity, courseId: string, userId: string, exercise?: string): Promise<HistoryEntry[]> {
    await this.access.requireInstructor(identity, courseId);
    if (!isUuid(userId) || (await this.courses.memberRole(courseId, userId)) !== 'student') throw new NotFoundException('No such student in this course');
    return this.loadHistory(userId, exercise, courseId);
  }

  private async loadHistory(userId: string, exercise: string | undefined, courseId?: string): Promise<HistoryEntry[]> {
    const { rows } = await this.pool.query<HistoryEntry>(
      `SELECT id, exercise_slug AS exercise, mode, status, score, max_score AS "maxScore", assignment_id AS "assignmentId",
              is_late AS "isLate", created_at AS "createdAt", code, result
       FROM submissions WHERE user_id = $1 AND ($2::text IS NULL OR exercise_slug = $2)
         AND ($3::uuid IS NULL OR assignment_id IS NULL OR assignment_id IN (SELECT id FROM assignments WHERE course_id = $3))
       ORDER BY created_at DESC LIMIT ${HISTORY_LIMIT}`,
      [userId, exercise ?? null, courseId ?? null],
    );
    return rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt).toISOString() }));
  }

  /**
   * Unified diff of the code of two submissions of one person: the caller's own, or those of a
   * student of a course the caller teaches. Anything else is answered as not found.
   */
  async diff(identity: Identity, fromId: string, toId: string): Promise<{ from: string; to: string; diff: string }> {
    const notFound = new NotFoundException('Submission not found');
    if (!isUuid(fromId) || !isUuid(toId)) throw notFound;
    const { rows } = await this.pool.query<{ id: string; userId: string; code: string; exercise: string; createdAt: Date }>(
      `SELECT id, user_id AS "userId", code, exercise_slug AS exercise, created_at AS "createdAt" FROM submissions WHERE id = ANY($1::uuid[])`,
      [[fromId, toId]],
    );
    const from = rows.find((row) => row.id === fromId);
    const to = rows.find((row) => row.id === toId);
    if (!from || !to || from.userId !== to.userId || !(await this.maySee(identity, from.userId))) throw notFound;
    const label = (row: typeof from) => `${row.exercise} ${row.createdAt.toISOString()} (${row.id})`;
    return { from: fromId, to: toId, diff: createTwoFilesPatch(label(from), label(to), from.code, to.code, undefined, undefined, { context: 3 }) };
  }

  /** The caller themself, an admin, or an instructor of a course where `userId` is a student. */
  private async maySee(identity: Identity, userId: string): Promise<boolean> {
    if (identity.id === userId || identity.isAdmin) return true;
    const { rowCount } = await this.pool.query(
      `SELECT 1 FROM course_members teacher JOIN course_members student ON student.course_id = teacher.course_id
       WHERE teacher.user_id = $1 AND teacher.role = 'instructor' AND student.user_id = $2 AND student.role = 'student' LIMIT 1`,
      [identity.id, userId],
    );
    return rowCount === 1;
  }
}

function neutraliseFormula(cell: string | number | boolean | null): string | number {
  if (typeof cell !== 'string') return cell === null ? '' : typeof cell === 'boolean' ? String(cell) : cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
