import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, startTestDatabase, type TestDatabase } from '@dl/infra';
import { UsersRepository } from './users.repository';
import { verifyPassword } from './password';

const run = promisify(execFile);
const cli = (args: string[], env: Record<string, string>) =>
  run(process.execPath, ['--import', 'tsx', join(repoRoot, 'apps/api/src/identity/create-admin-cli.ts'), ...args], { env: { ...process.env, ...env }, cwd: repoRoot });

describe('npm run admin:create', () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  beforeAll(async () => {
    database = await startTestDatabase();
    pool = new pg.Pool({ connectionString: database.url, max: 1 });
  });
  afterAll(async () => {
    await pool?.end();
    await database?.stop();
  });

  it('creates an admin whose password (from ADMIN_PASSWORD) is stored as an argon2id hash', async () => {
    const { stdout } = await cli(['--email', 'Root@Example.org', '--name', 'Root Admin'], { DATABASE_URL: database.url, ADMIN_PASSWORD: 'first-admin-password' });
    expect(stdout).toMatch(/^admin created: Root@Example.org/);
    const admin = await UsersRepository.findByEmail(pool, 'root@example.org');
    expect(admin).toMatchObject({ name: 'Root Admin', isAdmin: true, role: 'admin' });
    expect(admin!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(admin!.passwordHash, 'first-admin-password')).toBe(true);
  });

  it('refuses a taken email and a short password, with a non-zero exit', async () => {
    await expect(cli(['--email', 'root@example.org', '--name', 'Again'], { DATABASE_URL: database.url, ADMIN_PASSWORD: 'another-password' }))
      .rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/already exists/) });
    await expect(cli(['--email', 'other@example.org', '--name', 'Other'], { DATABASE_URL: database.url, ADMIN_PASSWORD: 'short' }))
      .rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/at least 8 characters/) });
  });
});
