import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_USERS, demoPassword } from '@dl/api';
import { startPlatformForBrowser, type RunningPlatform } from './platform-fixture';

// A student takes the MNIST MLP challenge in a real browser: opens it from the challenge list,
// submits a small model, watches it train live, reads their accuracy and finds their row on
// the leaderboard. The in-process challenge worker reads these when it starts: a small MNIST
// subset, and a threshold a nearest-class-mean model reaches.
process.env.DL_CHALLENGE_SUBSET = '2000:1000';
process.env.DL_CHALLENGE_THRESHOLD = '0.6';

/**
 * Nearest class mean, refined over ten epochs on a growing share of the images; each epoch is
 * held to about 200 ms so that its report (every image's mean squared distance to its class
 * mean) arrives separately and the curve is drawn live.
 */
const PACED_CLASS_MEANS = `
export function train(images: Float32Array, labels: Uint8Array, count: number, report: (epoch: number, loss: number) => void): unknown {
  const means = new Float32Array(10 * 784);
  for (let epoch = 1; epoch <= 10; epoch++) {
    const started = Date.now();
    const used = Math.floor((count * epoch) / 10);
    const sums = new Float32Array(10 * 784);
    const counts = new Float32Array(10);
    for (let i = 0; i < used; i++) {
      const c = labels[i]!;
      counts[c]++;
      for (let p = 0; p < 784; p++) sums[c * 784 + p] += images[i * 784 + p]!;
    }
    for (let k = 0; k < 10 * 784; k++) means[k] = sums[k]! / Math.max(1, counts[Math.floor(k / 784)]!);
    // Means from more images sit closer to every image of their class: the loss goes down.
    let loss = 0;
    for (let i = 0; i < count; i++) {
      const c = labels[i]!;
      for (let p = 0; p < 784; p++) { const d = images[i * 784 + p]! - means[c * 784 + p]!; loss += d * d; }
    }
    while (Date.now() - started < 200) { /* pace the reports */ }
    report(epoch, loss / count);
  }
  return means;
}

export function predict(model: unknown, images: Float32Array, count: number): ArrayLike<number> {
  const means = model as Float32Array;
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    let best = 0, bestDistance = Infinity;
    for (let c = 0; c < 10; c++) {
      let d = 0;
      for (let p = 0; p < 784; p++) { const diff = images[i * 784 + p]! - means[c * 784 + p]!; d += diff * diff; }
      if (d < bestDistance) { bestDistance = d; best = c; }
    }
    out[i] = best;
  }
  return out;
}
`;

const STUDENT = DEMO_USERS[1];
let platform: RunningPlatform;
let page: Page;

async function setEditorCode(code: string): Promise<void> {
  await page.waitForFunction(() => Boolean((window as unknown as { __dlEditor?: unknown }).__dlEditor), undefined, { timeout: 60_000 });
  await page.evaluate((text) => (window as unknown as { __dlEditor: { setValue(v: string): void } }).__dlEditor.setValue(text), code);
}

const remaining = async () => Number(await page.getByTestId('daily-remaining').getAttribute('data-remaining'));

beforeAll(async () => {
  platform = await startPlatformForBrowser();
  page = await platform.browser.newPage({ viewport: { width: 1400, height: 1000 } });
});

afterAll(async () => {
  await platform?.close();
});

describe('a student on the MNIST challenge page', () => {
  it('signs in and opens the MLP challenge from the challenge list', async () => {
    await page.goto(platform.webUrl);
    await page.getByTestId('signin-link').click();
    await page.waitForURL(/\/signin/);
    await page.getByTestId('email-input').fill(STUDENT.email);
    await page.getByTestId('password-input').fill(demoPassword());
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('identity').waitFor();
    await page.getByTestId('challenges-link').click();
    await page.waitForURL(/\/challenges$/);
    // No reference model measured in this run: the list says so with a dash.
    await expect.poll(() => page.getByTestId('challenge-mnist-mlp').getByTestId('reference-accuracy').textContent()).toBe('—');
    await page.getByTestId('challenge-link-mnist-mlp').click();
    await page.waitForURL(/\/challenges\/mnist-mlp$/);
    await page.getByTestId('editor').waitFor();
    expect(await remaining()).toBe(5);
    expect(await page.getByTestId('leaderboard-empty').count()).toBe(1);
  });

  it('submits a model, sees it train live, then its accuracy, its leaderboard row and one submission less', async () => {
    await setEditorCode(PACED_CLASS_MEANS);
    await page.getByTestId('submit-button').click();
    // Live: the training panel, then the loss curve with several reported epochs before the result.
    await page.getByTestId('training-progress').waitFor({ timeout: 30_000 });
    const curve = page.getByTestId('loss-curve');
    await curve.waitFor({ timeout: 30_000 });
    await expect.poll(async () => Number(await curve.getAttribute('data-points')), { timeout: 30_000, interval: 50 }).toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId('grading-status').getAttribute('data-status')).toBe('running');

    await expect
      .poll(() => page.getByTestId('grading-status').getAttribute('data-status'), { timeout: 45_000, interval: 100 })
      .toBe('passed');
    const accuracy = (await page.getByTestId('challenge-accuracy').textContent())!;
    const percent = Number(accuracy.replace(/[^\d,]/g, '').replace(',', '.'));
    expect(percent).toBeGreaterThan(60);
    // The confusion matrix and the misclassified digits come with the accuracy check.
    const accuracyCheck = page.getByTestId('check-public-accuracy');
    expect(await accuracyCheck.locator('[data-testid="plot"][data-kind="heatmap"]').count()).toBe(1);
    expect(await accuracyCheck.locator('[data-testid="plot"][data-kind="image"]').count()).toBeGreaterThan(0);

    const row = page.getByTestId('leaderboard-row-1');
    await row.waitFor({ timeout: 10_000 });
    expect(await row.textContent()).toContain(STUDENT.name);
    expect(await row.getByTestId('leaderboard-public').textContent()).toBe(accuracy);
    await expect.poll(remaining, { timeout: 10_000 }).toBe(4);
  });

  it('finds the same row and the best-accuracy chart on the leaderboard page', async () => {
    await page.getByTestId('full-leaderboard-link').click();
    await page.waitForURL(/\/challenges\/mnist-mlp\/leaderboard$/);
    await page.getByTestId('leaderboard-table').waitFor();
    expect(await page.getByTestId('leaderboard-row-1').textContent()).toContain(STUDENT.name);
    await page.getByTestId('best-accuracy-chart').waitFor();
  });
});
