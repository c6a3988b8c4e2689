import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startPlatformServices, type PlatformHandle } from '@dl/api';
import { repoRoot, startTestDatabase, type TestDatabase } from '@dl/infra';
import { ensureWebBuild } from '../../scripts/web-build';

/** Debian's Chromium; Playwright's own browser download does not work on these machines. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export interface RunningPlatform {
  webUrl: string;
  api: PlatformHandle;
  browser: Browser;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer in time`);
}

/** The whole platform as a user meets it: a real Postgres, the API with its worker, the built web app, Chromium. */
export async function startPlatformForBrowser(): Promise<RunningPlatform> {
  let database: TestDatabase | undefined;
  let api: PlatformHandle | undefined;
  let web: ChildProcess | undefined;
  try {
    await ensureWebBuild();
    database = await startTestDatabase();
    api = await startPlatformServices({ databaseUrl: database.url, apiPort: 0, withWorker: true, gradingWorkers: 1, host: '127.0.0.1' });
    const webPort = await freePort();
    web = spawn(process.execPath, [join(repoRoot, 'node_modules/next/dist/bin/next'), 'start', '-p', String(webPort)], {
      cwd: join(repoRoot, 'apps/web'),
      env: { ...process.env, API_URL: api.url },
      stdio: 'ignore',
    });
    const webUrl = `http://127.0.0.1:${webPort}`;
    await waitForHttp(webUrl, 60_000);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const running = { api, web, database };
    return {
      webUrl,
      api,
      browser,
      async close() {
        await browser.close();
        running.web.kill('SIGTERM');
        await running.api.close();
        await running.database.stop();
      },
    };
  } catch (error) {
    web?.kill('SIGTERM');
    await api?.close();
    await database?.stop();
    throw error;
  }
}

/** Signs in through the sign-in page and waits until the header shows who is signed in. */
export async function signInThroughPage(platform: RunningPlatform, page: Page, email: string, password: string, next: string): Promise<void> {
  await page.goto(`${platform.webUrl}/signin?next=${encodeURIComponent(next)}`);
  await page.getByTestId('email-input').fill(email);
  await page.getByTestId('password-input').fill(password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('identity').waitFor();
}
