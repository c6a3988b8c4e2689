import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the monorepo (infra/src/../..), independent of the current directory. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Local state that git ignores: database files, generated secrets. */
export const dataRoot = join(repoRoot, '.data');

/** Versioned SQL migrations, applied in file-name order. */
export const migrationsDir = join(repoRoot, 'infra', 'migrations');
