import { describe, expect, it } from 'vitest';
import { attemptScore, courseTotal, gradeAssignment, type Attempt } from './scoring';

const rules = { id: 'a1', latePenaltyPercent: 20, exercises: [{ slug: 'dense-forward', weight: 2 }, { slug: 'relu', weight: 1 }] };
const attempt = (exercise: string, fraction: number | null, createdAt: string, isLate = false): Attempt => ({
  userId: 'u1', assignmentId: 'a1', exercise, fraction, isLate, createdAt,
});

describe('gradebook scoring', () => {
  it('applies the late penalty to a late attempt only', () => {
    expect(attemptScore({ fraction: 0.5, isLate: false }, 20)).toBe(50);
    expect(attemptScore({ fraction: 0.5, isLate: true }, 20)).toBe(40);
    expect(attemptScore({ fraction: null, isLate: true }, 20)).toBeNull();
  });

  it('keeps best and latest per exercise and weights them, an ungraded exercise counting 0', () => {
    const grade = gradeAssignment(rules, [
      attempt('dense-forward', 0.5, '2026-01-02T00:00:00Z'),
      attempt('dense-forward', 1, '2026-01-01T00:00:00Z'),
      attempt('dense-forward', null, '2026-01-03T00:00:00Z'),
    ]);
    expect(grade.exercises).toEqual([
      { exercise: 'dense-forward', weight: 2, attempts: 3, best: 100, latest: 50, late: false },
      { exercise: 'relu', weight: 1, attempts: 0, best: null, latest: null, late: false },
    ]);
    expect(grade).toMatchObject({ best: 66.67, latest: 33.33, attempts: 3, late: false });
  });

  it('flags an assignment with a late attempt and scores it with the penalty', () => {
    const grade = gradeAssignment(rules, [attempt('relu', 1, '2026-01-05T00:00:00Z', true), attempt('dense-forward', 1, '2026-01-01T00:00:00Z')]);
    expect(grade).toMatchObject({ best: 93.33, late: true });
    expect(grade.exercises[1]).toMatchObject({ best: 80, late: true });
  });

  it('averages assignments into the course total', () => {
    const full = gradeAssignment(rules, [attempt('dense-forward', 1, 't1'), attempt('relu', 1, 't2')]);
    const none = gradeAssignment(rules, []);
    expect(courseTotal([full, none])).toBe(50);
    expect(courseTotal([])).toBeNull();
  });
});
