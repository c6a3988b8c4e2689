import helmet from 'helmet';
import type { NextFunction, Request, Response } from 'express';

/** The API answers JSON and event streams only: no document of its own may load anything. */
const apiHeaders = helmet({
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] } },
  crossOriginResourcePolicy: { policy: 'same-origin' },
  referrerPolicy: { policy: 'no-referrer' },
});

/** The OpenAPI page (/api/docs) runs Swagger UI's own scripts and styles from this origin. */
const docsHeaders = helmet({ referrerPolicy: { policy: 'no-referrer' } });

/**
 * Security headers on every answer (helmet): nosniff, HSTS, frame denial, no referrer, a
 * Content-Security-Policy that allows nothing on API answers and Swagger UI's own files on the
 * documentation page. Answers are also marked `no-store` unless a handler says otherwise: they
 * carry a student's code and results.
 */
export function securityHeaders(request: Request, response: Response, next: NextFunction): void {
  const isDocs = request.path === '/api/docs' || request.path.startsWith('/api/docs/') || request.path.startsWith('/api/docs-');
  if (!isDocs) response.setHeader('Cache-Control', 'no-store');
  (isDocs ? docsHeaders : apiHeaders)(request, response, next);
}
