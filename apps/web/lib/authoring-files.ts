// Pure helpers of the authoring editor: which files an exercise folder shows and in what order,
// what changed since the last save, when a draft may be published, and the archive's encoding.
import type { AuthoringExercise, Validation } from './authoring-types';

/** The files every exercise has, in the order the editor lists them. */
export const REQUIRED_FILES = ['exercise.ts', 'statement.fr.md', 'statement.en.md', 'starter.ts', 'solution.ts', 'checks.ts'] as const;

/** Folder of the wrong solutions that the checks must catch. */
export const MISTAKES_DIR = 'mistakes/';

/** A mistake's file name (without .ts): lowercase words joined by hyphens, as the exercise slugs. */
const MISTAKE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Same rule as the API's for a new exercise's slug, checked before asking it. */
export const SLUG_PATTERN = '[a-z0-9]+(-[a-z0-9]+)*';

/** The required files first, then the others (mistakes) alphabetically. */
export function orderedFiles(paths: Iterable<string>): string[] {
  const others = [...new Set(paths)].filter((path) => !(REQUIRED_FILES as readonly string[]).includes(path)).sort();
  return [...REQUIRED_FILES, ...others];
}

export const isMistake = (path: string) => path.startsWith(MISTAKES_DIR) && path.endsWith('.ts');

/** statement.fr.md and statement.en.md: shown with their rendering beside the editor. */
export const isStatement = (path: string) => /^statement\.(fr|en)\.md$/.test(path);

/** Monaco's language for a file of the folder. */
export function editorLanguage(path: string): 'typescript' | 'markdown' | 'plaintext' {
  if (path.endsWith('.ts')) return 'typescript';
  if (path.endsWith('.md')) return 'markdown';
  return 'plaintext';
}

/**
 * The path of a new mistake from what the author typed ("Bias forgotten.ts" is refused,
 * "bias-forgotten" and "bias-forgotten.ts" give mistakes/bias-forgotten.ts); null when not a valid name.
 */
export function mistakePath(name: string): string | null {
  const bare = name.trim().replace(/\.ts$/, '');
  return MISTAKE_NAME.test(bare) ? `${MISTAKES_DIR}${bare}.ts` : null;
}

/**
 * The check ids that checks.ts declares, in order: the keys of the object given to
 * defineChecks, at the indentation of its first key (deeper ones are `title: {` and the like).
 */
export function checkIds(checks: string): string[] {
  const start = checks.indexOf('defineChecks(');
  if (start < 0) return [];
  const keys = [...checks.slice(start).matchAll(/^([ \t]*)['"]?([a-z0-9]+(?:-[a-z0-9]+)*)['"]?\s*:\s*\{/gm)];
  const indent = keys[0]?.[1];
  return keys.filter((key) => key[1] === indent).map((key) => key[2]);
}

/** A new mistake starts as a copy of the solution, under the line that names the check meant to catch it. */
export function mistakeTemplate(solution: string, checks: string): string {
  return `// caught-by: ${checkIds(checks)[0] ?? 'check-id'}\n${solution}`;
}

/** Files added, removed or edited between the last saved state and the editor's. */
export function changedFiles(saved: Record<string, string>, current: Record<string, string>): Set<string> {
  const changed = new Set<string>();
  for (const path of new Set([...Object.keys(saved), ...Object.keys(current)])) {
    if (saved[path] !== current[path]) changed.add(path);
  }
  return changed;
}

/** The validation belongs to this draft and has finished (well or not): polling may stop. */
export function validationSettled(validation: Validation | null, draftHash: string): boolean {
  return validation !== null && validation.draftHash === draftHash && (validation.status === 'done' || validation.status === 'error');
}

/** Only a saved draft whose own validation passed may become a version. */
export function canPublish(exercise: Pick<AuthoringExercise, 'draftHash' | 'validation'>, unsaved: boolean): boolean {
  const { validation, draftHash } = exercise;
  return !unsaved && validation !== null && validation.draftHash === draftHash && validation.status === 'done' && validation.ok === true;
}

/** Base64 of binary data (the imported .zip), in slices: one String.fromCharCode call per byte overflows the stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let binary = '';
  for (let start = 0; start < bytes.length; start += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(start, start + SLICE));
  }
  return btoa(binary);
}

/**
 * The validator writes its table in English (it also prints it in a terminal): its fixed
 * phrases are put in French here; a grader's own message inside a detail stays as it came.
 * @example
 *   validationText('fr', 'fails statement-example') // 'échoue à statement-example'
 */
export function validationText(lang: 'fr' | 'en', text: string): string {
  if (lang === 'en') return text;
  return text
    .replace(/^passes every check$/, 'passe toutes les vérifications')
    .replace(/^fails$/, 'échoue')
    .replace(/^fails (\S+)$/, 'échoue à $1')
    .replace(/(\d+)\/(\d+) seeds? wrong/g, '$1/$2 graines en échec')
    .replace(/(\d+)\/(\d+) seeds?\b/g, (_, done, total) => `${done}/${total} graine${Number(total) > 1 ? 's' : ''}`)
    .replace(/\bseed (\d+):/g, 'graine $1 :');
}
