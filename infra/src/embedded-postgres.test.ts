import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPathForPostgres } from './embedded-postgres';

// As root the server runs as `postgres`: a checkout inside a private folder must not leave it
// unable to start initdb from node_modules or reach its cluster (a fresh CI clone once could not).
const rootWithPostgresUser = process.getuid?.() === 0 && spawnSync('id', ['postgres']).status === 0;

describe.runIf(rootWithPostgresUser)('openPathForPostgres, as root', () => {
  const privateRoot = mkdtempSync(join(tmpdir(), 'dl-private-')); // mode 700, like a private work folder
  afterAll(() => rmSync(privateRoot, { recursive: true, force: true }));
  const readAsPostgres = (file: string) => spawnSync('runuser', ['-u', 'postgres', '--', 'cat', file], { encoding: 'utf8' });

  it('gives each closed folder on the way the execute bit only, and nothing else', async () => {
    const checkout = join(privateRoot, 'checkout');
    mkdirSync(join(checkout, 'node_modules'), { recursive: true, mode: 0o700 });
    const file = join(checkout, 'node_modules', 'initdb');
    writeFileSync(file, 'binary', { mode: 0o644 });
    expect(readAsPostgres(file).status).not.toBe(0);

    const opened = await openPathForPostgres(join(checkout, 'node_modules'));
    expect(opened).toEqual([join(checkout, 'node_modules'), checkout, privateRoot]);
    expect(readAsPostgres(file).stdout).toBe('binary');
    expect(statSync(privateRoot).mode & 0o777).toBe(0o701); // passable, still not listable
    expect(await openPathForPostgres(join(checkout, 'node_modules'))).toEqual([]);
  });
});
