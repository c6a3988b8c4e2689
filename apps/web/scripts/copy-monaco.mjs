// Copies Monaco's prebuilt AMD bundle into public/ so that the editor loads from our own
// server: the platform must work without internet access (no CDN).
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const webRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(webRoot, 'package.json'));
const monacoRoot = dirname(require.resolve('monaco-editor/package.json'));
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
