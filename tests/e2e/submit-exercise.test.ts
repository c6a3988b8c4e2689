import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { repoRoot } from '@dl/infra';
import { DEMO_USERS, demoPassword } from '@dl/api';
import { startPlatformForBrowser, type RunningPlatform } from './platform-fixture';

// A student's path through the platform in a real browser: sign in, open an exercise,
// type code into Monaco, submit, read the result.
let platform: RunningPlatform;
let page: Page;

const WRONG_NO_BIAS = `export function denseForward(X: number[][], W: number[][], b: number[]): number[][] {
  return X.map((row) => W[0].map((_, j) => row.reduce((sum, x, k) => sum + x * W[k][j], 0)));
}
`;

async function setEditorCode(code: string): Promise<void> {
  await page.waitForFunction(() => Boolean((window as unknown as { __dlEditor?: unknown }).__dlEditor), undefined, { timeout: 60_000 });
  await page.evaluate((text) => (window as unknown as { __dlEditor: { setValue(v: string): void } }).__dlEditor.setValue(text), code);
}

async function finalStatus(): Promise<string> {
  const status = page.getByTestId('grading-status');
  await expect
    .poll(async () => status.getAttribute('data-status'), { timeout: 30_000, interval: 100 })
    .toMatch(/^(passed|failed|error)$/);
  return (await status.getAttribute('data-status'))!;
}

beforeAll(async () => {
  platform = await startPlatformForBrowser();
  page = await platform.browser.newPage();
});

afterAll(async () => {
  await platform?.close();
});

describe('a student on the exercise page', () => {
  it('signs in and finds dense-forward in the catalogue', async () => {
    await page.goto(platform.webUrl);
    await page.getByTestId('signin-link').click();
    await page.waitForURL(/\/signin/);
    await page.getByTestId('email-input').fill(DEMO_USERS[1].email);
    await page.getByTestId('password-input').fill(demoPassword());
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('identity').waitFor();
    await page.getByTestId('exercise-link-dense-forward').click();
    await page.waitForURL(/\/exercises\/dense-forward$/);
    await expect.poll(() => page.locator('.katex').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.getByTestId('editor').waitFor();
  });

  it('submits a correct solution and sees every check pass', async () => {
    const solution = await readFile(join(repoRoot, 'exercises/dense-forward/solution.ts'), 'utf8');
    await setEditorCode(solution);
    await page.getByTestId('submit-button').click();
    expect(await finalStatus()).toBe('passed');
    const checks = page.locator('[data-testid^="check-"]');
    expect(await checks.count()).toBeGreaterThan(2);
    expect(await page.locator('[data-testid^="check-"][data-passed="false"]').count()).toBe(0);
  });

  it('runs a solution that forgets the bias and sees which check failed, with expected and got', async () => {
    await setEditorCode(WRONG_NO_BIAS);
    await page.getByTestId('run-button').click();
    expect(await finalStatus()).toBe('failed');
    const failed = page.getByTestId('check-statement-example');
    await expect.poll(() => failed.getAttribute('data-passed')).toBe('false');
    // The feedback names the call and shows what was expected against what came back.
    await expect.poll(() => failed.textContent()).toContain('denseForward(X, W, b)');
    await expect.poll(() => failed.textContent()).toMatch(/attendu|expected/i);
  });

  it('shows a syntax error with its line and column', async () => {
    await setEditorCode('export function denseForward(X: number[][]) {\n  return X.map((row) => row +;\n}\n');
    await page.getByTestId('run-button').click();
    expect(await finalStatus()).toBe('failed');
    await expect.poll(() => page.locator('main').textContent()).toMatch(/ligne 2|line 2/i);
  });
});
