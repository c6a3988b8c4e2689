// Browser side of the authoring API: each call resolves with the answer or throws ApiRequestError
// (whose body carries the `problems` of a refused save or import).
import type { AuthoringExercise, FileProblem } from './authoring-types';
import { ApiRequestError, errorFromResponse } from './grading-client';
import { postJson } from './post-json';

const exercisePath = (slug: string) => `/api/authoring/exercises/${encodeURIComponent(slug)}`;

/** Where the browser downloads the folder as <slug>.zip. */
export const exportUrl = (slug: string) => `${exercisePath(slug)}/export`;

/** The draft as the API has it now (files, hash, validation, versions). */
export async function readExercise(slug: string): Promise<AuthoringExercise> {
  const response = await fetch(exercisePath(slug), { credentials: 'same-origin', cache: 'no-store' });
  if (!response.ok) throw await errorFromResponse(response);
  return (await response.json()) as AuthoringExercise;
}

/** Replaces the draft's files; the hash of the saved draft. */
export async function saveDraft(slug: string, files: Record<string, string>): Promise<{ draftHash: string }> {
  const response = await fetch(exercisePath(slug), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify({ files }),
  });
  if (!response.ok) throw await errorFromResponse(response);
  return (await response.json()) as { draftHash: string };
}

/** Queues the grading of the saved draft (solution, starter, mistakes); follow it with readExercise. */
export const startValidation = (slug: string) => postJson<{ draftHash: string }>(`${exercisePath(slug)}/validate`, {});

export const publishDraft = (slug: string) => postJson<{ version: number }>(`${exercisePath(slug)}/publish`, {});

export const createExercise = (request: { slug: string; courseId: string; from?: string }) =>
  postJson<{ slug: string }>('/api/authoring/exercises', request);

/** `archive`: the .zip in base64. */
export const importArchive = (courseId: string, archive: string) => postJson<{ slug: string }>('/api/authoring/import', { courseId, archive });

/** The per-file problems of a refused save or import; undefined for any other error. */
export function problemsOf(error: unknown): FileProblem[] | undefined {
  if (!(error instanceof ApiRequestError)) return undefined;
  const problems = error.body?.problems;
  return Array.isArray(problems) ? (problems as FileProblem[]) : undefined;
}
