// Every endpoint × malformed input. The endpoints are read from the API's own OpenAPI document,
// so that an endpoint added later is covered too. Whatever is sent, the answer is never a 5xx,
// always the `{ statusCode, error, message }` body without a stack trace, and carries the
// security headers; state-changing requests from another site are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiUnderTest, type ApiUnderTest } from './api-under-test';
import { demoPassword } from '@dl/api';

interface Endpoint {
  method: string;
  /** OpenAPI path, e.g. /api/submissions/{id}. */
  path: string;
}

/** Path parameter values no endpoint should choke on. */
const MALFORMED_PARAMETERS = [
  'not-a-uuid', '00000000-0000-0000-0000-00000000000g', '%E0%A4%A', '%00', '..%2F..%2Fetc%2Fpasswd', "x'%20OR%20'1'%3D'1", 'x'.repeat(3_000), '%F0%9F%92%A9', '-1', '1e309',
];

/** Bodies a state-changing endpoint must refuse with a 4xx: [description, content type, body]. */
const MALFORMED_BODIES: Array<[string, string | undefined, BodyInit]> = [
  ['truncated JSON', 'application/json', '{"name": '],
  ['not JSON at all', 'application/json', '<xml/>'],
  ['a JSON array', 'application/json', '[1, 2, 3]'],
  ['a JSON string', 'application/json', '"hello"'],
  ['JSON null', 'application/json', 'null'],
  ['unknown fields only', 'application/json', '{"admin": true, "__proto__": {"role": "admin"}}'],
  ['wrong field types', 'application/json', '{"name": 42, "exercise": [], "code": {}, "mode": null}'],
  ['a NUL character in a string', 'application/json', '{"exercise": "dense-forward", "code": "a\\u0000b", "mode": "run", "email": "a\\u0000@b.c"}'],
  ['deeply nested JSON', 'application/json', '['.repeat(5_000) + ']'.repeat(5_000)],
  ['bytes that are not UTF-8', 'application/json', new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
  ['a form body', 'application/x-www-form-urlencoded', 'name=Mallory&role=admin'],
  ['text/plain JSON', 'text/plain', '{"name": "Mallory"}'],
  ['no content type', undefined, '{"name": "Mallory"}'],
  ['a body over 256 KiB', 'application/json', JSON.stringify({ code: 'x'.repeat(300_000) })],
];

describe('malformed requests to every endpoint', () => {
  let api: ApiUnderTest;
  let cookie: string;
  let endpoints: Endpoint[];
  beforeAll(async () => {
    api = await startApiUnderTest({ withWorker: false });
    cookie = await api.signIn('Malformed Tester');
    const document = (await (await api.request('/api/docs-json')).json()) as { paths: Record<string, Record<string, unknown>> };
    endpoints = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method)).map((method) => ({ method: method.toUpperCase(), path })),
    );
  });
  afterAll(() => api?.close());

  /** Sends the request and checks what every answer shares; returns the status. */
  const send = async (what: string, path: string, init: RequestInit = {}): Promise<number> => {
    const response = await api.request(path, { ...init, signal: AbortSignal.timeout(10_000) });
    const type = response.headers.get('content-type') ?? '';
    const body = type.includes('text/event-stream') ? '' : await response.text();
    if (type.includes('text/event-stream')) await response.body?.cancel();
    expect(response.status, `${what}: ${body.slice(0, 300)}`).toBeLessThan(500);
    expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
    expect(response.headers.get('x-powered-by'), what).toBeNull();
    expect(body, what).not.toMatch(/\bat .+\.(ts|js):\d+|node_modules|Error: .*\n\s+at /);
    if (response.status >= 400) {
      const error = JSON.parse(body) as { statusCode: number; error: string; message: string };
      expect(error, what).toMatchObject({ statusCode: response.status, error: expect.any(String), message: expect.any(String) });
    }
    return response.status;
  };
  const concretePath = (path: string, value: string) => path.replace(/\{[^}]+\}/g, value);

  it('finds the endpoints in the OpenAPI document', () => {
    expect(endpoints).toEqual(expect.arrayContaining([
      { method: 'POST', path: '/api/session' }, { method: 'POST', path: '/api/submissions' }, { method: 'GET', path: '/api/submissions/{id}' },
      { method: 'GET', path: '/api/submissions/{id}/events' }, { method: 'GET', path: '/api/exercises/{slug}' }, { method: 'DELETE', path: '/api/session' },
    ]));
  });

  it('answers every malformed path parameter with a 4xx, signed in or not', async () => {
    for (const endpoint of endpoints.filter(({ path }) => path.includes('{'))) {
      for (const value of MALFORMED_PARAMETERS) {
        for (const headers of [{}, { cookie }] as Array<Record<string, string>>) {
          const what = `${endpoint.method} ${endpoint.path} with ${value.slice(0, 40)}`;
          const status = await send(what, concretePath(endpoint.path, value), { method: endpoint.method, headers });
          expect(status, what).toBeGreaterThanOrEqual(400);
        }
      }
    }
  });

  it('answers every malformed body of a state-changing endpoint with a 4xx', async () => {
    for (const endpoint of endpoints.filter(({ method }) => method !== 'GET')) {
      for (const [description, type, body] of MALFORMED_BODIES) {
        const what = `${endpoint.method} ${endpoint.path} with ${description}`;
        const headers: Record<string, string> = { cookie, ...(type ? { 'content-type': type } : {}) };
        const status = await send(what, concretePath(endpoint.path, 'dense-forward'), { method: endpoint.method, headers, body });
        // DELETE /api/session reads no body: signing out with junk attached is still signing out.
        if (!(endpoint.method === 'DELETE' && status === 204)) expect(status, what).toBeGreaterThanOrEqual(400);
      }
    }
  });

  it('survives junk query strings and headers on every endpoint', async () => {
    for (const endpoint of endpoints) {
      const path = `${concretePath(endpoint.path, 'dense-forward')}?${'a[b][c][d][e][f]=1&'.repeat(200)}x=%ZZ`;
      await send(`${endpoint.method} ${endpoint.path} with a junk query`, path, {
        method: endpoint.method,
        headers: { cookie: 'dl_identity=s%3Aforged.signature; other=%ZZ', accept: '*/*;q=nonsense', 'content-type': 'application/json' },
        body: endpoint.method === 'GET' ? undefined : '{}',
      });
    }
  });

  it('refuses state-changing requests from another site (CSRF) and lets same-origin ones through', async () => {
    const body = JSON.stringify({ email: 'demo-student@example.org', password: demoPassword() });
    const crossSite: Array<Record<string, string>> = [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }, { origin: 'null' }];
    for (const headers of crossSite) {
      const what = `cross-site ${JSON.stringify(headers)}`;
      expect(await send(what, '/api/session', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }), what).toBe(403);
      expect(await send(what, '/api/submissions', { method: 'POST', headers: { 'content-type': 'application/json', cookie, ...headers }, body: '{}' }), what).toBe(403);
      expect(await send(what, '/api/session', { method: 'DELETE', headers: { cookie, ...headers } }), what).toBe(403);
    }
    const host = new URL(api.platform.url).host;
    expect(await send('same origin', '/api/session', { method: 'POST', headers: { 'content-type': 'application/json', origin: `http://${host}`, 'sec-fetch-site': 'same-origin' }, body })).toBe(200);
    // Through the web app's proxy: Origin is the web app, X-Forwarded-Host the host the browser used.
    expect(await send('proxied', '/api/session', { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', 'x-forwarded-host': 'localhost:3000' }, body })).toBe(200);
    // A cross-site GET is harmless and allowed (the catalogue is public).
    expect(await send('cross-site GET', '/api/exercises', { headers: { 'sec-fetch-site': 'cross-site' } })).toBe(200);
  });

  it('sends the security headers, with a Content-Security-Policy that allows nothing on API answers', async () => {
    const response = await api.request('/api/exercises');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect((await api.request('/api/docs')).status).toBe(200); // Swagger UI still loads under its own policy
  });
});
