import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_USERS, demoPassword } from '@dl/api';
import { repoRoot } from '@dl/infra';
import { signInThroughPage, startPlatformForBrowser, type RunningPlatform } from './platform-fixture';

// An instructor sets up a course in the browser, a student imported by CSV submits to its
// assignment, and the instructor's gradebook shows the score.
let platform: RunningPlatform;
let instructor: Page;
let student: Page;
let courseUrl: string;

const signIn = (page: Page, email: string, password: string, next: string) => signInThroughPage(platform, page, email, password, next);

beforeAll(async () => {
  platform = await startPlatformForBrowser();
  // Two contexts: two people, each with their own session cookie.
  instructor = await (await platform.browser.newContext()).newPage();
  student = await (await platform.browser.newContext()).newPage();
});

afterAll(async () => {
  await platform?.close();
});

describe('a course from creation to gradebook', () => {
  it('an instructor creates a course', async () => {
    await signIn(instructor, DEMO_USERS[0].email, demoPassword(), '/courses');
    await instructor.waitForURL(/\/courses$/);
    await instructor.getByTestId('course-title-input').fill('Apprentissage profond 2026');
    await instructor.getByTestId('create-course-submit').click();
    await instructor.waitForURL(/\/courses\/[0-9a-f-]{36}$/);
    courseUrl = instructor.url();
    await expect.poll(() => instructor.getByTestId('course-title').textContent()).toBe('Apprentissage profond 2026');
  });

  it('shows every bad CSV row with its line, then imports two students', async () => {
    await instructor.getByTestId('import-csv').fill('email,name,password\nnot-an-email,Bad Row\nalan@example.org,Alan Turing,short\n');
    await instructor.getByTestId('import-submit').click();
    const errors = instructor.getByTestId('import-errors');
    await expect.poll(() => errors.textContent()).toMatch(/line 2: email: must be an email address.*line 3: password: must be at least 8 characters/);

    await instructor.getByTestId('import-csv').fill('email,name,password\nalan@example.org,Alan Turing,enigma-machine\nkatherine@example.org,Katherine Johnson,orbital-math\n');
    await instructor.getByTestId('import-submit').click();
    await expect.poll(() => instructor.getByTestId('import-result').textContent()).toMatch(/^2 /);
    await instructor.getByTestId('member-alan@example.org').waitFor();
    await instructor.getByTestId('member-katherine@example.org').waitFor();
  });

  it('creates an assignment with dense-forward', async () => {
    await instructor.getByTestId('assignment-title').fill('Devoir 1');
    await instructor.getByTestId('assignment-exercises').fill('dense-forward:2');
    await instructor.getByTestId('assignment-submit').click();
    await instructor.getByTestId('assignment-Devoir 1').waitFor();
  });

  it('an imported student signs in with their password and submits dense-forward for the assignment', async () => {
    await signIn(student, 'alan@example.org', 'enigma-machine', '/courses');
    await student.getByTestId('course-link').click();
    await student.waitForURL(courseUrl);
    await student.getByTestId('assignment-exercise-dense-forward').click();
    await student.waitForURL(/\/exercises\/dense-forward\?assignment=/);
    const solution = await readFile(join(repoRoot, 'exercises/dense-forward/solution.ts'), 'utf8');
    await student.waitForFunction(() => Boolean((window as unknown as { __dlEditor?: unknown }).__dlEditor), undefined, { timeout: 60_000 });
    const status = student.getByTestId('grading-status');
    // First the starter as it is (fails), then the solution.
    for (const [code, expected] of [[null, 'failed'], [solution, 'passed']] as const) {
      if (code) await student.evaluate((text) => (window as unknown as { __dlEditor: { setValue(v: string): void } }).__dlEditor.setValue(text), code);
      await student.getByTestId('submit-button').click();
      await expect.poll(() => status.getAttribute('data-status'), { timeout: 60_000, interval: 100 }).toBe(expected);
    }
    // The course page now shows the student's score on the assignment.
    await student.goto(courseUrl);
    await expect.poll(() => student.getByTestId('assignment-score').textContent()).toBe('100 %');
  });

  it("shows the score in the instructor's gradebook, with a CSV export", async () => {
    await instructor.goto(courseUrl);
    await instructor.getByTestId('gradebook-link').click();
    await instructor.waitForURL(/\/gradebook$/);
    const row = instructor.getByTestId('gradebook-row-alan@example.org');
    await expect.poll(() => row.getByTestId('grade-best').textContent()).toBe('100');
    await expect.poll(() => row.getByTestId('grade-total').textContent()).toBe('100');
    const other = instructor.getByTestId('gradebook-row-katherine@example.org');
    await expect.poll(() => other.getByTestId('grade-best').textContent()).toBe('0');
    const csvUrl = await instructor.getByTestId('gradebook-csv').getAttribute('href');
    const csv = await instructor.evaluate(async (url) => (await fetch(url!)).text(), csvUrl);
    expect(csv).toMatch(/^email,name,Devoir 1 best,Devoir 1 latest,Devoir 1 attempts,Devoir 1 late,total\n/);
    expect(csv).toContain('alan@example.org,Alan Turing,100,100,2,,100');

    // The student's history, and what changed between the two submissions.
    await row.getByTestId('student-history-link').click();
    await instructor.waitForURL(/\/students\/[0-9a-f-]{36}$/);
    const boxes = instructor.locator('[data-testid="history"] input[type="checkbox"]');
    await expect.poll(() => boxes.count()).toBe(2);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await instructor.getByTestId('compare-button').click();
    await expect.poll(() => instructor.getByTestId('diff').textContent()).toMatch(/^@@ /m);
  });
});
