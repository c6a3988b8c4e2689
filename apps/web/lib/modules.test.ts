import { expect, it } from 'vitest';
import type { ExerciseProgress, ExerciseSummary } from './api-types';
import { groupByModule, moduleProgress, progressSummary } from './modules';

const exercise = (slug: string, module: ExerciseSummary['module'], order: number, progress?: ExerciseProgress | null): ExerciseSummary => ({
  slug, module, order, title: { fr: slug, en: slug }, difficulty: 1, tags: [], exports: [], ...(progress !== undefined ? { progress } : {}),
});

it('groups by module in course order, sorted by order, leaving out empty modules', () => {
  const groups = groupByModule([exercise('kmeans', 'D', 1), exercise('mlp', 'B', 2), exercise('mse', 'A', 1), exercise('dense', 'B', 1)]);
  expect(groups.map((g) => [g.module.id, g.exercises.map((e) => e.slug)])).toEqual([
    ['A', ['mse']],
    ['B', ['dense', 'mlp']],
    ['D', ['kmeans']],
  ]);
  expect(groups[0]!.module.titleKey).toBe('moduleA');
});

it('counts passed and attempted exercises of a module', () => {
  const progress = moduleProgress([
    exercise('a', 'A', 1, { passed: true, bestScore: 5, maxScore: 5 }),
    exercise('b', 'A', 2, { passed: false, bestScore: 2, maxScore: 5 }),
    exercise('c', 'A', 3, null),
    exercise('d', 'A', 4, { passed: true, bestScore: 3, maxScore: 3 }),
  ]);
  expect(progress).toEqual({ passed: 2, attempted: 3, total: 4 });
  expect(progressSummary(progress!)).toEqual({ fr: '2 / 4 réussis', en: '2 / 4 passed' });
  expect(progressSummary({ passed: 1, attempted: 1, total: 6 }).fr).toBe('1 / 6 réussi');
});

it('has no progress when nobody is signed in', () => {
  expect(moduleProgress([exercise('a', 'A', 1), exercise('b', 'A', 2)])).toBeNull();
});
