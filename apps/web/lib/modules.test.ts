import { expect, it } from 'vitest';
import type { ExerciseSummary } from './api-types';
import { groupByModule } from './modules';

const exercise = (slug: string, module: ExerciseSummary['module'], order: number): ExerciseSummary => ({
  slug, module, order, title: { fr: slug, en: slug }, difficulty: 1, tags: [], exports: [],
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
