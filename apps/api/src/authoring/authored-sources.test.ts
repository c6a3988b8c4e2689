import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { templateFiles } from '@dl/exercises';
import { authoredFolder } from './authored-sources';

describe('authoredFolder', () => {
  const written = new Set<string>();
  afterAll(() => written.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  it('reads a version once, and writes its folder again when the sweep removed it', async () => {
    const files = { ...(await templateFiles()), 'solution.ts': '// authored-sources test\nexport function scale(xs: number[], k: number): number[] { return xs.map((x) => x * k); }\n' };
    let queries = 0;
    const db = { query: async () => (queries++, { rows: [{ files }] }) } as never;
    const folder = (await authoredFolder(db, 'sweep-test', 1))!;
    written.add(folder);
    expect(existsSync(join(folder, 'exercise.ts'))).toBe(true);
    expect(await authoredFolder(db, 'sweep-test', 1)).toBe(folder);
    expect(queries).toBe(1);

    rmSync(folder, { recursive: true, force: true });
    expect(await authoredFolder(db, 'sweep-test', 1)).toBe(folder);
    expect(existsSync(join(folder, 'exercise.ts'))).toBe(true);
    expect(queries).toBe(2);
    expect(await authoredFolder(db, 'sweep-test', null)).toBeUndefined();
  });
});
