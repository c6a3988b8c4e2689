// The course, assignment and gradebook shapes of the API, as the web app reads them.

export type CourseRole = 'student' | 'instructor';

export interface CourseSummary {
  id: string;
  title: string;
  role: CourseRole;
}

export interface CourseMember {
  id: string;
  name: string;
  email: string | null;
  role: CourseRole;
}

export interface CourseDetail extends CourseSummary {
  /** Instructors only. */
  members?: CourseMember[];
}

export interface ExerciseGrade {
  exercise: string;
  weight: number;
  attempts: number;
  best: number | null;
  latest: number | null;
  late: boolean;
}

export interface AssignmentGrade {
  assignmentId: string;
  best: number;
  latest: number;
  attempts: number;
  late: boolean;
  exercises: ExerciseGrade[];
}

export interface Assignment {
  id: string;
  courseId: string;
  title: string;
  opensAt: string;
  dueAt: string;
  latePenaltyPercent: number;
  exercises: { slug: string; weight: number }[];
}

export interface AssignmentWithGrade extends Assignment {
  role: CourseRole;
  grade: AssignmentGrade;
}

export interface Gradebook {
  course: { id: string; title: string };
  assignments: Assignment[];
  students: { id: string; name: string; email: string | null; grades: AssignmentGrade[]; total: number | null }[];
}

/** A date-time as the course pages show it, in UTC so that everyone reads the same deadline. */
export function formatDateTime(iso: string, lang: 'fr' | 'en'): string {
  const format = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  return `${format.format(new Date(iso))} UTC`;
}

/** One submission of a history (GET /api/students/me/submissions and the instructor's view). */
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
}
