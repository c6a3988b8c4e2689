// Browser side of one grading: create the submission, then follow it to its one final
// result, live through server-sent events, or by polling when the stream fails.
import { isFinished, type ApiError, type ChallengeProgress, type GradingProgress, type Submission } from './api-types';

/** An API answer that was not 2xx, with the API's human message. */
export class ApiRequestError extends Error {
  /** `body`: the parsed error body, for the structured fields some errors carry (a daily limit's `resetAt`). */
  constructor(readonly status: number, message: string, readonly body?: Record<string, unknown>) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

/** Reads the `{ statusCode, error, message }` body of a failed response. */
export async function errorFromResponse(response: Response): Promise<ApiRequestError> {
  const body = (await response.json().catch(() => null)) as Partial<ApiError> | null;
  const raw = body?.message as unknown;
  // Some validators answer a list of messages; show them all.
  const message = Array.isArray(raw) ? raw.join('; ') : typeof raw === 'string' && raw ? raw : `${response.status} ${response.statusText}`;
  return new ApiRequestError(response.status, message, body && typeof body === 'object' ? (body as Record<string, unknown>) : undefined);
}

/**
 * POSTs a submission; resolves with its id once the API has queued it (202).
 * @example
 * const { id } = await createSubmission('dense-forward', code, 'run');
 */
export async function createSubmission(exercise: string, code: string, mode: 'run' | 'submit', baseUrl = '', assignment?: string): Promise<{ id: string }> {
  const response = await fetch(`${baseUrl}/api/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    credentials: 'same-origin',
    // `assignment`: the submission counts for that assignment (opened from the course page).
    body: JSON.stringify(assignment ? { exercise, code, mode, assignment } : { exercise, code, mode }),
  });
  if (!response.ok) throw await errorFromResponse(response);
  return (await response.json()) as { id: string };
}

export interface FollowHandlers {
  onProgress(progress: GradingProgress): void;
  /** Challenges: training reports and queue positions (events with a `type`); ignored when absent. */
  onChallengeProgress?(progress: ChallengeProgress): void;
  onResult(submission: Submission): void;
  /** Polling itself failed (the API went away): the grading's outcome is unknown. */
  onError(error: Error): void;
}

export interface FollowOptions {
  baseUrl?: string;
  pollIntervalMs?: number;
  /** Injected for tests outside a browser; defaults to the global EventSource. */
  EventSourceImpl?: typeof EventSource;
}

/**
 * Follows a submission until its final result: EventSource on /events, falling back to
 * polling GET /api/submissions/:id every 300 ms if the stream errors before the result.
 * Returns a function that stops following.
 */
export function followSubmission(id: string, handlers: FollowHandlers, options: FollowOptions = {}): () => void {
  const { baseUrl = '', pollIntervalMs = 300 } = options;
  const EventSourceImpl = options.EventSourceImpl ?? (typeof EventSource === 'undefined' ? undefined : EventSource);
  const submissionUrl = `${baseUrl}/api/submissions/${encodeURIComponent(id)}`;
  let stopped = false;
  let source: EventSource | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const finish = (submission: Submission) => {
    if (stopped) return;
    stop();
    handlers.onResult(submission);
  };

  const poll = async () => {
    if (stopped) return;
    try {
      const response = await fetch(submissionUrl, { credentials: 'same-origin', cache: 'no-store' });
      if (!response.ok) throw await errorFromResponse(response);
      const submission = (await response.json()) as Submission;
      if (isFinished(submission.status)) return finish(submission);
      handlers.onProgress({ status: submission.status, done: 0, total: 0 });
      if (submission.queuePosition !== undefined) handlers.onChallengeProgress?.({ type: 'queue', position: submission.queuePosition });
      timer = setTimeout(poll, pollIntervalMs);
    } catch (error) {
      if (stopped) return;
      stop();
      handlers.onError(error instanceof Error ? error : new Error(String(error)));
    }
  };

  const startPolling = () => {
    source?.close();
    source = undefined;
    if (!stopped && timer === undefined) void poll();
  };

  if (EventSourceImpl) {
    source = new EventSourceImpl(`${submissionUrl}/events`, { withCredentials: true });
    source.addEventListener('progress', (event) => {
      if (stopped) return;
      const data = JSON.parse((event as MessageEvent<string>).data) as GradingProgress | ChallengeProgress;
      // Challenge events carry a `type`; the check counts of every grading do not.
      if ('type' in data) handlers.onChallengeProgress?.(data);
      else handlers.onProgress(data);
    });
    source.addEventListener('result', (event) => finish(JSON.parse((event as MessageEvent<string>).data) as Submission));
    // The stream ends after `result`; an error before it (proxy, network) means "poll instead".
    source.addEventListener('error', startPolling);
  } else {
    startPolling();
  }

  function stop() {
    stopped = true;
    source?.close();
    if (timer !== undefined) clearTimeout(timer);
  }
  return stop;
}
