// The proxy against a real local HTTP server standing in for the API.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { proxyToApi } from './api-proxy';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => {
  server?.closeAllConnections();
  return server ? server.close(() => resolve()) : resolve();
}));

async function upstream(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<string> {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => handler(req, res, body));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

describe('proxyToApi', () => {
  it('forwards method, path, query, body and cookie, and returns status and cookies', async () => {
    let seen: { method?: string; url?: string; cookie?: string; body?: string } = {};
    const apiUrl = await upstream((req, res, body) => {
      seen = { method: req.method, url: req.url, cookie: req.headers.cookie, body };
      res.writeHead(201, { 'content-type': 'application/json', 'set-cookie': ['a=1; Path=/; HttpOnly', 'b=2; Path=/'] });
      res.end('{"ok":true}');
    });
    const response = await proxyToApi(new Request('http://web.test/api/session?x=1', {
      method: 'POST', headers: { cookie: 'dl_identity=abc', 'content-type': 'application/json' }, body: '{"name":"Ada"}',
    }), apiUrl);
    expect(seen).toEqual({ method: 'POST', url: '/api/session?x=1', cookie: 'dl_identity=abc', body: '{"name":"Ada"}' });
    expect(response.status).toBe(201);
    expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/; HttpOnly', 'b=2; Path=/']);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('passes each server-sent event on before the stream ends', async () => {
    let finish: () => void = () => {};
    const apiUrl = await upstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('event: progress\ndata: {"done":1}\n\n');
      finish = () => res.end('event: result\ndata: {}\n\n');
    });
    const response = await proxyToApi(new Request('http://web.test/api/submissions/1/events'), apiUrl);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const reader = response.body!.getReader();
    const first = await reader.read(); // would hang until finish() if the proxy buffered
    expect(new TextDecoder().decode(first.value)).toBe('event: progress\ndata: {"done":1}\n\n');
    finish();
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += new TextDecoder().decode(chunk.value);
    expect(rest).toBe('event: result\ndata: {}\n\n');
  });

  it('answers 502 in the API error shape when the API is down', async () => {
    const apiUrl = await upstream(() => {});
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    const response = await proxyToApi(new Request('http://web.test/api/exercises'), apiUrl);
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ statusCode: 502, error: 'Bad Gateway', message: expect.stringContaining('unreachable') });
  });
});
