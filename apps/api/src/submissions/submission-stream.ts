import type { Request, Response } from 'express';
import { logger } from '../logger';
import { FINAL_STATUSES, type SubmissionEvent, type SubmissionView } from './submissions.repository';
import type { SubmissionEvents } from './submissions.events';

/** How often a stream re-reads the submission, in case a NOTIFY was missed (LISTEN reconnecting). */
const FALLBACK_CHECK_MS = 2_000;
/** Comment lines keep proxies from closing an idle stream. */
const KEEP_ALIVE_MS = 15_000;

const isFinal = (status: string) => (FINAL_STATUSES as readonly string[]).includes(status);

/**
 * Streams one submission as server-sent events: `progress` while it is graded, then
 * `result` (the full submission) exactly once, and the stream ends. A finished submission
 * gets its `result` at once.
 */
export async function streamSubmission(options: {
  request: Request;
  response: Response;
  events: SubmissionEvents;
  load: () => Promise<SubmissionView | undefined>;
  initial: SubmissionView;
}): Promise<void> {
  const { request, response, events, load, initial } = options;
  response.status(200);
  response.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
  response.setHeader('Cache-Control', 'no-cache, no-transform');
  response.setHeader('Connection', 'keep-alive');
  response.setHeader('X-Accel-Buffering', 'no');
  response.flushHeaders();

  let finished = false;
  const cleanups: (() => void)[] = [];
  const finish = (submission: SubmissionView) => {
    if (finished) return;
    finished = true;
    response.write(`event: result\ndata: ${JSON.stringify(submission)}\n\n`);
    response.end();
    cleanups.forEach((cleanup) => cleanup());
  };
  const checkDatabase = async () => {
    if (finished) return;
    try {
      const current = await load();
      if (current && isFinal(current.status)) finish(current);
    } catch (error) {
      logger.warn({ err: error, submissionId: initial.id }, 'submission stream could not read the submission');
    }
  };
  request.on('close', () => {
    finished = true;
    cleanups.forEach((cleanup) => cleanup());
  });

  if (isFinal(initial.status)) return finish(initial);
  cleanups.push(
    events.onShutdown(() => {
      if (finished) return;
      finished = true;
      response.end();
      cleanups.forEach((cleanup) => cleanup());
    }),
  );
  const onEvent = (event: SubmissionEvent) => {
    if (finished) return;
    if (event.type === 'progress') {
      const { status, done, total } = event;
      response.write(`event: progress\ndata: ${JSON.stringify({ status, done, total })}\n\n`);
    } else if (event.type === 'training' || event.type === 'queue') {
      // Challenges: the loss curve live, and the position in the challenge queue while waiting.
      const { id: _id, ...data } = event;
      response.write(`event: progress\ndata: ${JSON.stringify(data)}\n\n`);
    } else void checkDatabase();
  };
  const unsubscribe = await events.subscribe(initial.id, onEvent);
  cleanups.push(unsubscribe);
  const fallback = setInterval(() => void checkDatabase(), FALLBACK_CHECK_MS);
  const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
  cleanups.push(() => clearInterval(fallback), () => clearInterval(keepAlive));
  if (finished) return cleanups.forEach((cleanup) => cleanup());
  // The result may have been stored between the first read and the LISTEN subscription.
  await checkDatabase();
}
