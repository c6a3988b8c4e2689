import pg from 'pg';
import { startTestDatabase, type TestDatabase } from '@dl/infra';
import { createAccount, DEMO_USERS, demoPassword, logger, startPlatformServices, type NewAccount, type PlatformHandle } from '@dl/api';

/** Password of the accounts the helpers create. */
export const TEST_PASSWORD = 'test-password';

/** The email signIn(name) uses for a test account named `name`. */
export function testEmail(name: string): string {
  return `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '') || 'user'}@test.example`;
}

/** A real API over HTTP on a random port, on a fresh database of its own. */
export interface ApiUnderTest {
  platform: PlatformHandle;
  database: TestDatabase;
  /** fetch relative to the API's base URL, e.g. `request('/api/health')`. */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** A pool on the test database (closed by close()). */
  pool: pg.Pool;
  /**
   * Signs in as the account named `name` and returns the session cookie (`dl_identity=…`): a
   * demo account by its name, else the account of email testEmail(name) and password
   * TEST_PASSWORD, created as a student on first use.
   */
  signIn(name: string): Promise<string>;
  /** POST /api/session with these credentials; the session cookie. */
  signInAs(email: string, password: string): Promise<string>;
  /** Creates an account directly in the database (password TEST_PASSWORD unless given); its id. */
  createUser(account: Partial<NewAccount> & { name: string }): Promise<string>;
  /** POST /api/submissions as the holder of `cookie`. */
  submit(cookie: string, body: unknown): Promise<Response>;
  close(): Promise<void>;
}

/**
 * Starts the API (with the grading worker in-process when `withWorker`) against a fresh
 * test database.
 */
export async function startApiUnderTest(options: { withWorker: boolean; gradingWorkers?: number; submissionsPerMinute?: number }): Promise<ApiUnderTest> {
  logger.level = process.env.LOG_LEVEL ?? 'warn';
  const database = await startTestDatabase();
  const platform = await startPlatformServices({
    databaseUrl: database.url,
    apiPort: 0,
    host: '127.0.0.1',
    withWorker: options.withWorker,
    gradingWorkers: options.gradingWorkers ?? 2,
    cookieSecret: 'test-secret',
    submissionsPerMinute: options.submissionsPerMinute ?? 1_000,
  });
  const request = (path: string, init?: RequestInit) => fetch(`${platform.url}${path}`, init);
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  // The test database is dropped (WITH FORCE) at the end: a connection still closing then must not crash the file.
  pool.on('error', () => undefined);
  const signInAs = async (email: string, password: string) => {
    const response = await request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
    return response.headers.get('set-cookie')!.split(';')[0];
  };
  const createUser = async (account: Partial<NewAccount> & { name: string }) => {
    const user = await createAccount(pool, { email: testEmail(account.name), password: TEST_PASSWORD, ...account });
    return user.id;
  };
  return {
    platform,
    database,
    pool,
    request,
    signInAs,
    createUser,
    async signIn(name) {
      const demo = DEMO_USERS.find((user) => user.name === name);
      if (demo) return signInAs(demo.email, demoPassword());
      const { rowCount } = await pool.query('SELECT 1 FROM users WHERE lower(email) = lower($1)', [testEmail(name)]);
      if (!rowCount) await createUser({ name });
      return signInAs(testEmail(name), TEST_PASSWORD);
    },
    submit(cookie, body) {
      return request('/api/submissions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: (typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body)) as BodyInit,
      });
    },
    async close() {
      await pool.end();
      await platform.close();
      await database.stop();
    },
  };
}

/** Deep search for a key anywhere in a JSON value (to prove a field is never sent). */
export function hasKeyDeep(value: unknown, key: string): boolean {
  if (Array.isArray(value)) return value.some((item) => hasKeyDeep(item, key));
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([name, inner]) => name === key || hasKeyDeep(inner, key));
  }
  return false;
}
