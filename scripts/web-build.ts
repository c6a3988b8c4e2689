import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '@dl/infra';

const webDir = join(repoRoot, 'apps/web');
const stampFile = join(webDir, '.next', 'dl-source-hash');
const SKIPPED = new Set(['node_modules', '.next', 'public', '.next-build-lock']);

/** Hash of the web app's sources: the build is redone only when one of them changed. */
function sourceHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (SKIPPED.has(name)) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(relative(webDir, path)).update(readFileSync(path));
    }
  };
  walk(webDir);
  return hash.digest('hex');
}

const lockDir = join(webDir, '.next-build-lock');
const LOCK_STALE_MS = 15 * 60_000;

/**
 * Holds a lock folder while `work` runs: two processes (two browser test files, a test and
 * `./platform start`) must not run `next build` into the same folder at once. A lock older
 * than any build is left over from a killed process and is taken over.
 */
async function withBuildLock(work: () => void): Promise<void> {
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      if (existsSync(lockDir) && Date.now() - statSync(lockDir).mtimeMs > LOCK_STALE_MS) rmSync(lockDir, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/** Builds the web app (next build) unless the current build matches the sources. */
export async function ensureWebBuild(): Promise<void> {
  const wanted = sourceHash();
  const current = () => existsSync(stampFile) && readFileSync(stampFile, 'utf8') === wanted;
  if (current()) return;
  await withBuildLock(() => {
    if (current()) return; // built by whoever held the lock before us
    console.log('[platform] building the web app (next build); later starts reuse the build');
    execFileSync('npm', ['run', 'build', '-w', '@dl/web'], { cwd: repoRoot, stdio: 'inherit' });
    writeFileSync(stampFile, wanted);
  });
}
