import type { Localized, MessageKey } from './i18n';
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

/** How far a student is in one module: exercises passed, attempted (passed or not) and in all. */
export interface ModuleProgress {
  passed: number;
  attempted: number;
  total: number;
}

/**
 * Counts a module's passed and attempted exercises, or null when the list carries no
 * progress at all (nobody signed in).
 * @example
 * moduleProgress(group.exercises) // { passed: 3, attempted: 4, total: 6 }
 */
export function moduleProgress(exercises: readonly ExerciseSummary[]): ModuleProgress | null {
  if (exercises.every((e) => e.progress === undefined)) return null;
  return {
    passed: exercises.filter((e) => e.progress?.passed).length,
    attempted: exercises.filter((e) => e.progress).length,
    total: exercises.length,
  };
}

/**
 * The module summary shown beside its title.
 * @example
 * progressSummary({ passed: 3, attempted: 4, total: 6 }) // { fr: '3 / 6 réussis', en: '3 / 6 passed' }
 */
export function progressSummary({ passed, total }: ModuleProgress): Localized {
  return { fr: `${passed} / ${total} ${passed > 1 ? 'réussis' : 'réussi'}`, en: `${passed} / ${total} passed` };
}
