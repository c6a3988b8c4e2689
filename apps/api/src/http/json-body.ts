import express, { type NextFunction, type Request, type Response } from 'express';
import { errorBody } from './exception.filter';
import { findNul } from './nul-characters';

/** Largest request body read at all; the submission's own 64 KiB code limit sits below it. */
export const MAX_BODY_BYTES = 256 * 1024;

/** The one route whose body may be text/csv (kept as a string): POST /api/courses/:id/students/import. */
const CSV_BODY_ROUTE = /^\/api\/courses\/[^/]+\/students\/import$/;

const readRaw = express.raw({ type: () => true, limit: MAX_BODY_BYTES });
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * JSON body parsing that is strict about what the platform receives: bytes that are not
 * UTF-8 are refused (a lenient decoder would silently put U+FFFD in the student's code),
 * bodies over 256 KiB get 413, a non-JSON content type 415, malformed JSON 400.
 * Express middleware errors bypass Nest's filters, so every answer here is written directly.
 */
export function strictJsonBody(request: Request, response: Response, next: NextFunction): void {
  const reply = (status: number, message: string) => {
    response.status(status).json(errorBody(status, message));
  };
  readRaw(request, response, (error?: unknown) => {
    if (error) {
      const status = (error as { status?: number }).status;
      if (status === 413) return reply(413, `Request body is larger than ${MAX_BODY_BYTES / 1024} KiB`);
      return reply(400, 'Request body could not be read');
    }
    const raw: unknown = request.body;
    if (!Buffer.isBuffer(raw) || raw.length === 0) {
      request.body = undefined;
      return next();
    }
    // The student import also takes its CSV as is: text/csv needs a CORS preflight, like JSON.
    const csv = request.is('text/csv') && CSV_BODY_ROUTE.test(request.path);
    if (!csv && !request.is('application/json')) return reply(415, 'Request body must be JSON (Content-Type: application/json)');
    let text: string;
    try {
      text = strictUtf8.decode(raw);
    } catch {
      return reply(400, 'Request body is not valid UTF-8');
    }
    if (csv) {
      if (text.includes('\u0000')) return reply(400, 'The CSV contains a NUL character, which cannot be stored');
      request.body = text;
      return next();
    }
    try {
      request.body = JSON.parse(text);
    } catch (parseError) {
      return reply(400, `Request body is not valid JSON: ${(parseError as Error).message}`);
    }
    const nulAt = findNul(request.body);
    if (nulAt) return reply(400, `${nulAt} contains a NUL character (\\u0000), which cannot be stored`);
    next();
  });
}
