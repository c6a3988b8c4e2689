// Browser side: a JSON POST to the API that resolves with the answer or throws ApiRequestError.
import { errorFromResponse } from './grading-client';

/** POSTs `body` as JSON to an API path; the parsed answer (undefined for 204). */
export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await errorFromResponse(response);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** The message of anything thrown, for a form's error line. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
