// The authoring API's shapes (drafts, validations, versions of an exercise folder), as the
// web app reads them.
import type { Localized } from './i18n';

export type ValidationStatus = 'queued' | 'running' | 'done' | 'error';

/** One line of a draft's validation: what was graded (the solution, the starter, a mistake) and whether it behaved. */
export interface ValidationRow {
  subject: string;
  expectation: string;
  passed: boolean;
  detail: string;
}

/** The last validation of a draft; `ok` is null until it is done. */
export interface Validation {
  status: ValidationStatus;
  draftHash: string;
  ok: boolean | null;
  rows?: ValidationRow[];
  error?: string;
}

/** GET /api/authoring/exercises: one exercise the caller may edit. */
export interface AuthoringSummary {
  slug: string;
  /** The published version's title; null until a first publication. */
  title: Localized | null;
  courseId: string;
  courseTitle: string;
  publishedVersion: number | null;
  updatedAt: string;
  validation: null | { status: ValidationStatus; ok: boolean | null };
}

/** GET /api/authoring/exercises/:slug: the draft's files and where it stands. */
export interface AuthoringExercise {
  slug: string;
  courseId: string;
  files: Record<string, string>;
  draftHash: string;
  publishedVersion: number | null;
  versions: { version: number; createdAt: string }[];
  validation: Validation | null;
}

/** What is wrong with a saved or imported file (400 `problems`). */
export interface FileProblem {
  file: string;
  line?: number;
  column?: number;
  message: string;
}
