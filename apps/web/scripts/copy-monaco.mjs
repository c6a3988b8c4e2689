// Copies Monaco's prebuilt AMD bundle into public/ so that the editor loads from our own
// server: the platform must work without internet access (no CDN).
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const webRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The installed monaco-editor folder (hoisted to the workspace root or local); its
 * "exports" map hides package.json from require.resolve, so look for it directly. */
function findMonacoRoot() {
  for (let dir = webRoot; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', 'monaco-editor');
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error('monaco-editor is not installed (npm install)');
  }
}
const monacoRoot = findMonacoRoot();
const { version } = JSON.parse(readFileSync(join(monacoRoot, 'package.json'), 'utf8'));
const source = join(monacoRoot, 'min', 'vs');
const target = join(webRoot, 'public', 'monaco', 'vs');
const stamp = join(webRoot, 'public', 'monaco', 'VERSION');

// Skip the 25 MB copy when the same version is already in place (dev restarts).
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === version && existsSync(join(target, 'loader.js'))) {
  console.log(`monaco-editor ${version} already in public/monaco/vs`);
} else {
  rmSync(join(webRoot, 'public', 'monaco'), { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(source, target, { recursive: true });
  writeFileSync(stamp, version);
  console.log(`copied monaco-editor ${version} to public/monaco/vs`);
}
