import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '@dl/infra';

const webDir = join(repoRoot, 'apps/web');
const stampFile = join(webDir, '.next', 'dl-source-hash');
const SKIPPED = new Set(['node_modules', '.next', 'public']);

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

/** Builds the web app (next build) unless the current build matches the sources. */
export async function ensureWebBuild(): Promise<void> {
  const wanted = sourceHash();
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === wanted) return;
  console.log('[platform] building the web app (next build); later starts reuse the build');
  execFileSync('npm', ['run', 'build', '-w', '@dl/web'], { cwd: repoRoot, stdio: 'inherit' });
  writeFileSync(stampFile, wanted);
}
