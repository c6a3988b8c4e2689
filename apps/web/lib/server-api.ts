import { cookies } from 'next/headers';

/** Where server components reach the API (the browser goes through the /api rewrite). */
export const API_URL = process.env.API_URL ?? 'http://localhost:4000';

/** What a server-side API read gives back: data, an HTTP status, or no answer at all. */
export type ApiRead<T> =
  | { kind: 'ok'; data: T }
  | { kind: 'status'; status: number; message: string }
  | { kind: 'unreachable'; reason: string };

/**
 * GETs an API path on behalf of the current request, forwarding its cookies so that the
 * API sees the student's identity. Never throws: an API that is down is a normal state
 * the pages must render.
 * @example
 * const read = await apiGet<ExerciseSummary[]>('/api/exercises');
 * if (read.kind === 'ok') render(read.data);
 */
export async function apiGet<T>(path: string): Promise<ApiRead<T>> {
  const cookieHeader = (await cookies()).toString();
  let response: Response;
  try {
    response = await fetch(`${API_URL}${path}`, {
      headers: { accept: 'application/json', ...(cookieHeader ? { cookie: cookieHeader } : {}) },
      cache: 'no-store',
      signal: AbortSignal.timeout(5000),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`API unreachable: GET ${path}: ${reason}`);
    return { kind: 'unreachable', reason };
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    const message = typeof (body as { message?: unknown } | null)?.message === 'string'
      ? (body as { message: string }).message
      : response.statusText;
    return { kind: 'status', status: response.status, message };
  }
  try {
    return { kind: 'ok', data: (await response.json()) as T };
  } catch (error) {
    console.error(`API answered non-JSON: GET ${path}`, error);
    return { kind: 'unreachable', reason: 'invalid JSON' };
  }
}
