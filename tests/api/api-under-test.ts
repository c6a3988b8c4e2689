import { startTestDatabase, type TestDatabase } from '@dl/infra';
import { logger, startPlatformServices, type PlatformHandle } from '@dl/api';

/** A real API over HTTP on a random port, on a fresh database of its own. */
export interface ApiUnderTest {
  platform: PlatformHandle;
  database: TestDatabase;
  /** fetch relative to the API's base URL, e.g. `request('/api/health')`. */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** Signs in by name and returns the identity cookie (`dl_identity=…`). */
  signIn(name: string): Promise<string>;
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
  return {
    platform,
    database,
    request,
    async signIn(name) {
      const response = await request('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name }),
      });
      if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
      return response.headers.get('set-cookie')!.split(';')[0];
    },
    submit(cookie, body) {
      return request('/api/submissions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: (typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body)) as BodyInit,
      });
    },
    async close() {
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
