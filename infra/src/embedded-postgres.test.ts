import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clusterDirFor } from './embedded-postgres';

// As root the server runs as `postgres`: a checkout inside a private folder must not leave it
// unable to reach its own cluster (the reason a fresh CI clone once could not start one).
const rootWithPostgresUser = process.getuid?.() === 0 && spawnSync('id', ['postgres']).status === 0;

describe.runIf(rootWithPostgresUser)('clusterDirFor, as root', () => {
  const root = mkdtempSync(join(tmpdir(), 'dl-cluster-dir-')); // mode 700, like a private work folder
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('keeps the cluster in the checkout when postgres can walk down to it', () => {
    const dataRoot = join(tmpdir(), `dl-open-${process.pid}`, '.data');
    mkdirSync(dataRoot, { recursive: true });
    expect(clusterDirFor(join(dataRoot, 'postgres'))).toBe(join(dataRoot, 'postgres'));
    rmSync(join(dataRoot, '..'), { recursive: true, force: true });
  });

  it('moves it under /var/tmp, one folder per checkout, when a private folder lies above', () => {
    const first = join(root, 'one', '.data');
    const second = join(root, 'two', '.data');
    for (const dir of [first, second]) mkdirSync(dir, { recursive: true });
    const moved = clusterDirFor(join(first, 'postgres-test'));
    expect(moved).toMatch(/^\/var\/tmp\/dl-platform-[0-9a-f]{12}\/postgres-test$/);
    expect(clusterDirFor(join(second, 'postgres-test'))).not.toBe(moved);
    expect(clusterDirFor(join(first, 'postgres-test'))).toBe(moved);
  });
});
