import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_USERS, demoPassword } from '@dl/api';
import { signInThroughPage, startPlatformForBrowser, type RunningPlatform } from './platform-fixture';

// An instructor writes an exercise in the browser (template, a wrong then a right solution,
// validation by the real grader), publishes it and puts it in an assignment; a student of the
// course solves it and the gradebook shows the score.
let platform: RunningPlatform;
let instructor: Page;
let student: Page;
let courseUrl: string;
/** The published exercise as exported, imported back later. */
let archive: Buffer;
const slug = `scale-vector-${Math.random().toString(36).slice(2, 8)}`;
const STUDENT = DEMO_USERS[1];

const scaleWith = (body: string) => `export function scale(xs: number[], factor: number): number[] {\n  ${body}\n}\n`;
const WRONG = scaleWith('return xs.map((x) => x + factor);');
const RIGHT = scaleWith('return xs.map((x) => x * factor);');

const signIn = (page: Page, email: string, password: string, next: string) => signInThroughPage(platform, page, email, password, next);

type EditorWindow = { __dlEditor?: { setValue(v: string): void; getValue(): string; getModel(): { uri: { path: string } } | null } };

/** Opens a file of the draft and waits until Monaco shows its model. */
async function openFile(path: string): Promise<void> {
  await instructor.getByTestId(`file-tab-${path}`).click();
  await instructor.waitForFunction((suffix) => Boolean((window as unknown as EditorWindow).__dlEditor?.getModel()?.uri.path.endsWith(suffix)), `/${path}`, { timeout: 60_000 });
}

async function setCode(page: Page, code: string): Promise<void> {
  await page.waitForFunction(() => Boolean((window as unknown as EditorWindow).__dlEditor), undefined, { timeout: 60_000 });
  await page.evaluate((text) => (window as unknown as Required<EditorWindow>).__dlEditor.setValue(text), code);
}

/** Saves the solution, validates the draft and waits for the table. */
async function saveAndValidate(): Promise<void> {
  await expect.poll(() => instructor.getByTestId('save-state').getAttribute('data-unsaved')).toBe('true');
  await instructor.getByTestId('save-button').click();
  await expect.poll(() => instructor.getByTestId('save-state').getAttribute('data-unsaved')).toBe('false');
  await instructor.getByTestId('validate-button').click();
  // Until the new validation shows, the panel holds the previous one, marked stale.
  const validation = instructor.getByTestId('validation');
  const state = async () => `${await validation.getAttribute('data-stale')} ${await validation.getAttribute('data-status')}`;
  await expect.poll(state, { timeout: 120_000, interval: 250 }).toMatch(/^false (done|error)$/);
  expect(await validation.getAttribute('data-status')).toBe('done');
}

const row = (subject: string) => instructor.locator(`[data-testid="validation-row"][data-subject="${subject}"]`);

beforeAll(async () => {
  platform = await startPlatformForBrowser();
  instructor = await (await platform.browser.newContext()).newPage();
  student = await (await platform.browser.newContext()).newPage();
});

afterAll(async () => {
  await platform?.close();
});

describe('an exercise from the browser to the gradebook', () => {
  it('an instructor creates a course and enrols the demo student', async () => {
    await signIn(instructor, DEMO_USERS[0].email, demoPassword(), '/courses');
    await instructor.waitForURL(/\/courses$/);
    await instructor.getByTestId('course-title-input').fill('Édition 2026');
    await instructor.getByTestId('create-course-submit').click();
    await instructor.waitForURL(/\/courses\/[0-9a-f-]{36}$/);
    courseUrl = instructor.url();
    // An existing account in the file is enrolled as it is.
    await instructor.getByTestId('import-csv').fill(`email,name\n${STUDENT.email},${STUDENT.name}\n`);
    await instructor.getByTestId('import-submit').click();
    await instructor.getByTestId(`member-${STUDENT.email}`).waitFor();
  });

  it('opens the authoring page from the course and creates an exercise from the template', async () => {
    await instructor.getByTestId('course-authoring-link').click();
    await instructor.waitForURL(/\/authoring\?course=/);
    await expect.poll(() => instructor.locator('h1').textContent()).toBe('Édition des exercices');
    const courseId = courseUrl.split('/').pop()!;
    expect(await instructor.getByTestId('new-exercise-course').inputValue()).toBe(courseId);
    await instructor.getByTestId('new-exercise-slug').fill(slug);
    await instructor.getByTestId('new-exercise-submit').click();
    await instructor.waitForURL(new RegExp(`/authoring/${slug}$`));
    await expect.poll(() => instructor.getByTestId('authoring-published').textContent()).toBe('brouillon');

    // Listed as a draft: no title nor version before a first publication.
    await instructor.getByTestId('authoring-link').click();
    await instructor.waitForURL(/\/authoring$/);
    await expect.poll(() => instructor.getByTestId(`authoring-row-${slug}`).getByTestId('authoring-version').textContent()).toBe('brouillon');
    await instructor.getByTestId(`authoring-edit-${slug}`).click();
    await instructor.waitForURL(new RegExp(`/authoring/${slug}$`));
  });

  it('renders the statement beside the editor as it is typed', async () => {
    await openFile('statement.fr.md');
    const preview = instructor.getByTestId('statement-preview');
    await expect.poll(() => preview.locator('.katex').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const statement = await instructor.evaluate(() => (window as unknown as Required<EditorWindow>).__dlEditor.getValue());
    await setCode(instructor, `${statement}\nLa norme devient $|\\lambda| \\, \\|x\\|$ : vérifiez-le en direct.\n`);
    await expect.poll(() => preview.textContent()).toContain('vérifiez-le en direct');
    await expect.poll(() => instructor.getByTestId('file-tab-statement.fr.md').getAttribute('data-unsaved')).toBe('true');
  });

  it('refuses to save a syntax error, naming its file, line and column', async () => {
    await openFile('solution.ts');
    await setCode(instructor, 'export function scale(xs: number[], factor: number): number[] {\n  return xs.map((x) => x *;\n}\n');
    await instructor.getByTestId('save-button').click();
    const problem = instructor.locator('[data-testid="file-problem"][data-file="solution.ts"]');
    await problem.waitFor();
    expect(await problem.locator('td').nth(1).textContent()).toBe('2');
    expect(await problem.locator('td').nth(2).textContent()).toMatch(/^\d+$/);
    expect(await instructor.getByTestId('save-state').getAttribute('data-unsaved')).toBe('true');
  });

  it('a wrong solution makes the solution row fail, and publishing stays closed', async () => {
    await setCode(instructor, WRONG);
    await saveAndValidate();
    await expect.poll(() => row('solution').getAttribute('data-passed')).toBe('false');
    expect(await instructor.getByTestId('validation').getAttribute('data-ok')).toBe('false');
    expect(await instructor.getByTestId('publish-button').isDisabled()).toBe(true);
  });

  it('adds a mistake file and removes another', async () => {
    await instructor.getByTestId('mistake-name').fill('Pas bon');
    await instructor.getByTestId('add-mistake').click();
    await instructor.locator('.add-mistake [role="alert"]').waitFor();

    await instructor.getByTestId('mistake-name').fill('returns-input');
    await instructor.getByTestId('add-mistake').click();
    await instructor.waitForFunction(() => Boolean((window as unknown as EditorWindow).__dlEditor?.getModel()?.uri.path.endsWith('/mistakes/returns-input.ts')));
    // A new mistake starts from the solution, under the line naming the check that must catch it.
    expect(await instructor.evaluate(() => (window as unknown as Required<EditorWindow>).__dlEditor.getValue())).toMatch(/^\/\/ caught-by: statement-example\nexport function scale/);
    await setCode(instructor, `// caught-by: statement-example\n// Returns the input unchanged.\n${scaleWith('return xs.slice();')}`);

    await instructor.getByTestId('mistake-name').fill('to-remove');
    await instructor.getByTestId('add-mistake').click();
    await instructor.getByTestId('file-tab-mistakes/to-remove.ts').waitFor();
    instructor.once('dialog', (dialog) => void dialog.accept());
    await instructor.getByTestId('remove-file-mistakes/to-remove.ts').click();
    await expect.poll(() => instructor.getByTestId('file-tab-mistakes/to-remove.ts').count()).toBe(0);
  });

  it('the fixed solution passes every row and is published as version 1', async () => {
    await openFile('solution.ts');
    await setCode(instructor, RIGHT);
    // Unsaved changes keep publishing closed whatever the last validation said.
    await expect.poll(() => instructor.getByTestId('publish-button').isDisabled()).toBe(true);
    await saveAndValidate();
    const rows = instructor.getByTestId('validation-row');
    expect(await rows.count()).toBeGreaterThanOrEqual(4);
    expect(await instructor.locator('[data-testid="validation-row"][data-subject^="mistakes/returns-input"]').getAttribute('data-passed')).toBe('true');
    // Failing rows by their text, so that a failure says which subject and why.
    expect(await instructor.locator('[data-testid="validation-row"][data-passed="false"]').allTextContents()).toEqual([]);
    expect(await instructor.getByTestId('validation').getAttribute('data-ok')).toBe('true');

    await instructor.getByTestId('publish-button').click();
    await expect.poll(() => instructor.getByTestId('publish-result').textContent()).toContain('version 1 publiée');
    expect(await instructor.getByTestId('student-page-link').getAttribute('href')).toBe(`/exercises/${slug}`);

    // The export is the folder as a zip.
    const exportUrl = await instructor.getByTestId('export-link').getAttribute('href');
    const download = await instructor.evaluate(async (url) => {
      const response = await fetch(url!);
      return { status: response.status, type: response.headers.get('content-type'), bytes: [...new Uint8Array(await response.arrayBuffer())] };
    }, exportUrl);
    expect({ status: download.status, type: download.type }).toEqual({ status: 200, type: 'application/zip' });
    expect(String.fromCharCode(...download.bytes.slice(0, 2))).toBe('PK');
    archive = Buffer.from(download.bytes);
  });

  it('lists the exercise with its version and validation, in French or English', async () => {
    await instructor.getByTestId('authoring-link').click();
    await instructor.waitForURL(/\/authoring$/);
    const listed = instructor.getByTestId(`authoring-row-${slug}`);
    await expect.poll(() => listed.getByTestId('authoring-version').textContent()).toBe('1');
    expect(await listed.getByTestId('authoring-validation').getAttribute('data-status')).toBe('done');
    expect(await listed.getByTestId('authoring-validation').textContent()).toBe('✓ validé');
    await instructor.getByTestId('lang-en').click();
    await expect.poll(() => instructor.locator('h1').textContent()).toBe('Exercise authoring');
    await expect.poll(() => listed.getByTestId('authoring-validation').textContent()).toBe('✓ valid');
    await instructor.getByTestId('lang-fr').click();
    await expect.poll(() => instructor.locator('h1').textContent()).toBe('Édition des exercices');
  });

  it('imports the exported archive back as the draft', async () => {
    await instructor.getByTestId('import-archive-file').setInputFiles({ name: `${slug}.zip`, mimeType: 'application/zip', buffer: archive });
    await instructor.getByTestId('import-archive-submit').click();
    await instructor.waitForURL(new RegExp(`/authoring/${slug}$`));
    await openFile('mistakes/returns-input.ts');
    expect(await instructor.evaluate(() => (window as unknown as Required<EditorWindow>).__dlEditor.getValue())).toContain('xs.slice()');
  });

  it('puts the exercise in an assignment', async () => {
    await instructor.goto(courseUrl);
    await instructor.getByTestId('assignment-title').fill('Devoir édité');
    await instructor.getByTestId('assignment-exercises').fill(`${slug}:1`);
    await instructor.getByTestId('assignment-submit').click();
    await instructor.getByTestId('assignment-Devoir édité').waitFor();
  });

  it('the student solves it for the assignment', async () => {
    await signIn(student, STUDENT.email, demoPassword(), '/courses');
    // Authoring is not for students: no link, and the page says so.
    expect(await student.getByTestId('authoring-link').count()).toBe(0);
    await student.goto(`${platform.webUrl}/authoring`);
    await student.getByTestId('authoring-forbidden').waitFor();
    await student.goto(courseUrl);
    await student.getByTestId(`assignment-exercise-${slug}`).click();
    await student.waitForURL(new RegExp(`/exercises/${slug}\\?assignment=`));
    await expect.poll(() => student.locator('.katex').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await setCode(student, RIGHT);
    await student.getByTestId('submit-button').click();
    await expect.poll(() => student.getByTestId('grading-status').getAttribute('data-status'), { timeout: 60_000, interval: 100 }).toBe('passed');
  });

  it("shows the student's score in the instructor's gradebook", async () => {
    await instructor.goto(courseUrl);
    await instructor.getByTestId('gradebook-link').click();
    await instructor.waitForURL(/\/gradebook$/);
    const gradebookRow = instructor.getByTestId(`gradebook-row-${STUDENT.email}`);
    await expect.poll(() => gradebookRow.getByTestId('grade-best').textContent()).toBe('100');
    await expect.poll(() => gradebookRow.getByTestId('grade-total').textContent()).toBe('100');
  });
});
