import type { MessageKey } from './i18n';
import type { ExerciseSummary, ModuleId } from './api-types';

/** The course's modules in teaching order, with the key of their title. */
export const MODULES: readonly { id: ModuleId; titleKey: MessageKey }[] = [
  { id: 'A', titleKey: 'moduleA' },
  { id: 'B', titleKey: 'moduleB' },
  { id: 'C', titleKey: 'moduleC' },
  { id: 'D', titleKey: 'moduleD' },
  { id: 'E', titleKey: 'moduleE' },
];

/**
 * Groups exercises by module in course order (A → E), each group sorted by `order`;
 * modules without exercises are left out.
 * @example
 * groupByModule(list).map((g) => g.module.id) // ['A', 'B', 'C']
 */
export function groupByModule(exercises: readonly ExerciseSummary[]) {
  return MODULES.map((module) => ({
    module,
    exercises: exercises.filter((e) => e.module === module.id).sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug)),
  })).filter((group) => group.exercises.length > 0);
}
