// Runs the client against a real local HTTP server speaking the API's submission routes.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChallengeProgress, GradingProgress, Submission } from './api-types';
import { createSubmission, followSubmission } from './grading-client';

const finished: Submission = {
  id: 's1', exercise: 'dense-forward', mode: 'run', status: 'passed', code: '', createdAt: '', finishedAt: '', result: null,
};

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Starts a server whose routes are given as handlers keyed by "METHOD path". */
async function serve(routes: Record<string, (res: import('node:http').ServerResponse, body: string) => void>): Promise<string> {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const route = routes[`${req.method} ${req.url}`];
      if (route) route(res, body);
      else res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ statusCode: 404, error: 'Not Found', message: 'Submission not found' }));
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

function follow(baseUrl: string, id = 's1') {
  const progress: GradingProgress[] = [];
  const challenge: ChallengeProgress[] = [];
  return new Promise<{ progress: GradingProgress[]; challenge: ChallengeProgress[]; result?: Submission; error?: Error }>((resolve) => {
    followSubmission(id, {
      onProgress: (p) => progress.push(p),
      onChallengeProgress: (p) => challenge.push(p),
      onResult: (result) => resolve({ progress, challenge, result }),
      onError: (error) => resolve({ progress, challenge, error }),
    }, { baseUrl, pollIntervalMs: 10 });
  });
}

describe('followSubmission', () => {
  it('reports progress events then the one result from the event stream', async () => {
    const baseUrl = await serve({
      'GET /api/submissions/s1/events': (res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write(`event: progress\ndata: ${JSON.stringify({ status: 'running', done: 1, total: 3 })}\n\n`);
        res.write(`event: progress\ndata: ${JSON.stringify({ status: 'running', done: 3, total: 3 })}\n\n`);
        res.end(`event: result\ndata: ${JSON.stringify(finished)}\n\n`);
      },
    });
    const { progress, result } = await follow(baseUrl);
    expect(progress.map((p) => p.done)).toEqual([1, 3]);
    expect(result?.status).toBe('passed');
  });

  it('routes challenge training and queue events apart from the check counts', async () => {
    const baseUrl = await serve({
      'GET /api/submissions/s1/events': (res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write(`event: progress\ndata: ${JSON.stringify({ type: 'queue', position: 2 })}\n\n`);
        res.write(`event: progress\ndata: ${JSON.stringify({ status: 'running', done: 0, total: 2 })}\n\n`);
        res.write(`event: progress\ndata: ${JSON.stringify({ type: 'training', epoch: 1, loss: 0.5, cpuMs: 800, budgetMs: 90000 })}\n\n`);
        res.end(`event: result\ndata: ${JSON.stringify(finished)}\n\n`);
      },
    });
    const { progress, challenge, result } = await follow(baseUrl);
    expect(progress).toEqual([{ status: 'running', done: 0, total: 2 }]);
    expect(challenge).toEqual([{ type: 'queue', position: 2 }, { type: 'training', epoch: 1, loss: 0.5, cpuMs: 800, budgetMs: 90000 }]);
    expect(result?.status).toBe('passed');
  });

  it('reports the queue position while polling a queued challenge submission', async () => {
    let polls = 0;
    const baseUrl = await serve({
      'GET /api/submissions/s1/events': (res) => res.writeHead(502).end(),
      'GET /api/submissions/s1': (res) => {
        polls += 1;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(polls < 2 ? { ...finished, status: 'queued', queuePosition: 3 } : finished));
      },
    });
    const { challenge } = await follow(baseUrl);
    expect(challenge).toEqual([{ type: 'queue', position: 3 }]);
  });

  it('falls back to polling when the stream fails', async () => {
    let polls = 0;
    const baseUrl = await serve({
      'GET /api/submissions/s1/events': (res) => res.writeHead(502).end(),
      'GET /api/submissions/s1': (res) => {
        polls += 1;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(polls < 3 ? { ...finished, status: 'running' } : finished));
      },
    });
    const { result } = await follow(baseUrl);
    expect(polls).toBe(3);
    expect(result?.status).toBe('passed');
  });

  it('reports the API message when polling is refused', async () => {
    const baseUrl = await serve({ 'GET /api/submissions/zz/events': (res) => res.writeHead(500).end() });
    const { error } = await follow(baseUrl, 'zz');
    expect(error?.message).toBe('Submission not found');
  });
});

describe('createSubmission', () => {
  it('sends the code and mode and returns the id', async () => {
    let received: unknown;
    const baseUrl = await serve({
      'POST /api/submissions': (res, body) => {
        received = JSON.parse(body);
        res.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'abc', status: 'queued' }));
      },
    });
    await expect(createSubmission('dense-forward', 'export {}', 'submit', baseUrl)).resolves.toEqual({ id: 'abc', status: 'queued' });
    expect(received).toEqual({ exercise: 'dense-forward', code: 'export {}', mode: 'submit' });
  });

  it("throws the API's message on a 4xx", async () => {
    const baseUrl = await serve({
      'POST /api/submissions': (res) =>
        res.writeHead(413, { 'content-type': 'application/json' }).end(JSON.stringify({ statusCode: 413, error: 'Payload Too Large', message: 'Code is larger than 64 KiB' })),
    });
    await expect(createSubmission('x', 'y', 'run', baseUrl)).rejects.toMatchObject({ status: 413, message: 'Code is larger than 64 KiB' });
  });

  it("keeps a 429's structured fields (daily limit) on the error", async () => {
    const body = { statusCode: 429, error: 'Too Many Requests', message: 'Daily limit reached', limit: 5, remaining: 0, resetAt: '2026-03-02T00:00:00.000Z' };
    const baseUrl = await serve({
      'POST /api/submissions': (res) => res.writeHead(429, { 'content-type': 'application/json' }).end(JSON.stringify(body)),
    });
    await expect(createSubmission('mnist-mlp', 'y', 'submit', baseUrl)).rejects.toMatchObject({ status: 429, body: { limit: 5, remaining: 0 } });
  });
});
