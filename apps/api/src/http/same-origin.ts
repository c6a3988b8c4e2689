import type { NextFunction, Request, Response } from 'express';
import { errorBody } from './exception.filter';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Why a state-changing request must be refused as cross-site, or undefined when it may go on.
 *
 * The identity is a cookie (SameSite=Lax), so the API itself checks where a POST or DELETE
 * comes from rather than relying on the cookie attribute alone (Lax still lets same-site
 * subdomains and some top-level navigations through). Browsers label every request:
 * - `Sec-Fetch-Site` (all current browsers, not settable by a page): only `same-origin`
 *   and `none` (typed by the user) are accepted;
 * - otherwise `Origin` (sent on every cross-origin POST): its host must be the host the
 *   browser talked to, which is `X-Forwarded-Host` when the web app's /api proxy forwarded
 *   the request, else `Host`. A page cannot add X-Forwarded-Host to a cross-site request
 *   without a CORS preflight, which the API never grants.
 * A request with neither header does not come from a browser page (curl, the tests, the
 * command line) and carries no ambient cookie to abuse, so it goes on. JSON bodies are also
 * required (415 otherwise, see json-body.ts): an HTML form cannot send one.
 */
export function crossSiteReason(headers: Request['headers'], method: string): string | undefined {
  if (SAFE_METHODS.has(method.toUpperCase())) return undefined;
  const fetchSite = single(headers['sec-fetch-site']);
  if (fetchSite !== undefined) {
    return fetchSite === 'same-origin' || fetchSite === 'none' ? undefined : `Sec-Fetch-Site is ${fetchSite.slice(0, 20)}`;
  }
  const origin = single(headers.origin);
  if (origin === undefined) return undefined;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return 'the Origin header is not a URL';
  }
  const forwardedHost = single(headers['x-forwarded-host'])?.split(',')[0]?.trim();
  const host = forwardedHost || single(headers.host);
  return host !== undefined && originHost.toLowerCase() === host.toLowerCase() ? undefined : 'the Origin is another site';
}

/** Express middleware: 403 for a state-changing request coming from another site (see crossSiteReason). */
export function sameOriginRequests(request: Request, response: Response, next: NextFunction): void {
  const reason = crossSiteReason(request.headers, request.method);
  if (reason === undefined) return next();
  response.status(403).json(errorBody(403, `Cross-site request refused (${reason})`));
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
