// The gradebook's arithmetic, kept apart from SQL and HTTP so that it can be tested alone.

/** One graded-or-pending 'submit' submission that counts for an assignment. */
export interface Attempt {
  userId: string;
  assignmentId: string;
  exercise: string;
  /** score / maxScore of the stored result, 0..1; null while not graded (or nothing to score). */
  fraction: number | null;
  isLate: boolean;
  createdAt: string;
}

/** What the scores of one assignment depend on. */
export interface AssignmentRules {
  id: string;
  latePenaltyPercent: number;
  exercises: { slug: string; weight: number }[];
}

/** One student's standing on one exercise of an assignment; scores in percent, penalty applied. */
export interface ExerciseGrade {
  exercise: string;
  weight: number;
  attempts: number;
  best: number | null;
  latest: number | null;
  /** Some attempt came after the deadline. */
  late: boolean;
}

/** One student's standing on an assignment: weighted over its exercises (an exercise never graded counts 0). */
export interface AssignmentGrade {
  assignmentId: string;
  best: number;
  latest: number;
  attempts: number;
  late: boolean;
  exercises: ExerciseGrade[];
}

/** The score an attempt earns, in percent: a late one loses the assignment's penalty. */
export function attemptScore(attempt: Pick<Attempt, 'fraction' | 'isLate'>, latePenaltyPercent: number): number | null {
  if (attempt.fraction === null) return null;
  const factor = attempt.isLate ? 1 - latePenaltyPercent / 100 : 1;
  return round(100 * attempt.fraction * factor);
}

/**
 * A student's grade on an assignment from their attempts (any order): per exercise the best
 * and the latest graded score, the attempts and whether any was late; the assignment's best
 * and latest are the weighted means of those.
 */
export function gradeAssignment(rules: AssignmentRules, attempts: Attempt[]): AssignmentGrade {
  const sorted = [...attempts].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const exercises = rules.exercises.map(({ slug, weight }): ExerciseGrade => {
    const mine = sorted.filter((attempt) => attempt.exercise === slug);
    const scores = mine.map((attempt) => attemptScore(attempt, rules.latePenaltyPercent)).filter((score): score is number => score !== null);
    return {
      exercise: slug,
      weight,
      attempts: mine.length,
      best: scores.length ? Math.max(...scores) : null,
      latest: scores.length ? scores[scores.length - 1] : null,
      late: mine.some((attempt) => attempt.isLate),
    };
  });
  const totalWeight = exercises.reduce((sum, exercise) => sum + exercise.weight, 0);
  const weighted = (pick: (exercise: ExerciseGrade) => number | null) =>
    totalWeight === 0 ? 0 : round(exercises.reduce((sum, exercise) => sum + exercise.weight * (pick(exercise) ?? 0), 0) / totalWeight);
  return {
    assignmentId: rules.id,
    best: weighted((exercise) => exercise.best),
    latest: weighted((exercise) => exercise.latest),
    attempts: exercises.reduce((sum, exercise) => sum + exercise.attempts, 0),
    late: exercises.some((exercise) => exercise.late),
    exercises,
  };
}

/** The course total of a student: the mean of their assignments' best scores (each assignment counts the same). */
export function courseTotal(grades: AssignmentGrade[]): number | null {
  return grades.length ? round(grades.reduce((sum, grade) => sum + grade.best, 0) / grades.length) : null;
}

/** Two decimals: what a gradebook shows, without float noise such as 66.66666666666667. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
