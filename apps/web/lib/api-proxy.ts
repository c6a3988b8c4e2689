// Forwards the browser's /api/* requests to the NestJS API, streaming the answer back
// as it arrives (server-sent events included) so that the browser only ever talks to
// the web origin and the identity cookie stays first-party.

/** Headers that describe one hop, not the message: never forwarded. */
const HOP_BY_HOP = ['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer', 'host'];

/**
 * Sends `request` to the same path and query on `apiUrl` and returns the API's answer,
 * body streamed. When the API cannot be reached, answers 502 with the API's error shape.
 * @example
 * export const GET = (request: Request) => proxyToApi(request, 'http://localhost:4000');
 */
export async function proxyToApi(request: Request, apiUrl: string): Promise<Response> {
  const incoming = new URL(request.url);
  const target = new URL(incoming.pathname + incoming.search, apiUrl);
  const headers = new Headers(request.headers);
  for (const name of HOP_BY_HOP) headers.delete(name);
  // fetch would decompress a compressed answer behind our back; ask for none instead.
  headers.delete('accept-encoding');
  headers.delete('content-length');
  // The API's CSRF check compares the browser's Origin with the host the browser talked to
  // (Sec-Fetch-Site and Origin themselves are forwarded as they came).
  headers.set('x-forwarded-host', request.headers.get('host') ?? incoming.host);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';

  let upstream: Response;
  try {
    upstream = await fetch(target, {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : undefined,
      redirect: 'manual',
      cache: 'no-store',
      // When the browser goes away (an EventSource closed), stop the upstream request too.
      signal: request.signal,
    });
  } catch (error) {
    const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    console.error(`API unreachable: ${request.method} ${target.pathname}: ${reason}`);
    return Response.json(
      { statusCode: 502, error: 'Bad Gateway', message: `The API is unreachable / L'API est injoignable (${reason})` },
      { status: 502 },
    );
  }

  const responseHeaders = new Headers(upstream.headers);
  for (const name of [...HOP_BY_HOP, 'content-encoding', 'content-length']) responseHeaders.delete(name);
  if (responseHeaders.get('content-type')?.startsWith('text/event-stream')) {
    // Ask any further proxy (nginx) not to buffer the stream either.
    responseHeaders.set('cache-control', 'no-cache, no-transform');
    responseHeaders.set('x-accel-buffering', 'no');
  }
  return new Response(upstream.body, { status: upstream.status, statusText: upstream.statusText, headers: responseHeaders });
}
