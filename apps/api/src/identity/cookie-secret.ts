import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataRoot } from '@dl/infra';

/**
 * The identity cookie's signing secret: env COOKIE_SECRET, else a random one generated once
 * and kept in `.data/cookie-secret` so that sessions survive a restart.
 */
export function resolveCookieSecret(): string {
  if (process.env.COOKIE_SECRET) return process.env.COOKIE_SECRET;
  const file = join(dataRoot, 'cookie-secret');
  mkdirSync(dataRoot, { recursive: true });
  try {
    // 'wx': when two processes start together, one writes and both read the same secret.
    writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(file, 'utf8').trim();
}
