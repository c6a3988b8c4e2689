import { proxyToApi } from '../../../lib/api-proxy';

// A route handler rather than a next.config rewrite: rewrites are frozen into the build
// (API_URL could not change between environments) and answer a bare 500 when the API is
// down; this reads API_URL at run time, streams server-sent events and answers JSON errors.
export const dynamic = 'force-dynamic';

const forward = (request: Request) => proxyToApi(request, process.env.API_URL ?? 'http://localhost:4000');

export const GET = forward;
export const HEAD = forward;
export const POST = forward;
export const PUT = forward;
export const PATCH = forward;
export const DELETE = forward;
export const OPTIONS = forward;
