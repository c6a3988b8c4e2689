import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { ZodError } from 'zod';
import { logger } from '../logger';
import { isDatabaseUnavailable } from './database-unavailable';

/** Seconds a client is asked to wait before retrying while the database is unreachable. */
const DATABASE_RETRY_AFTER_S = 5;

/** The JSON error body of every failure. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
}

/** Builds an error body with the standard reason phrase. */
export function errorBody(statusCode: number, message: string): ErrorBody {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message };
}

/** "code: expected string, received number; mode: …" — each issue with its path. */
export function describeZodError(error: ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/**
 * Turns every exception into `{ statusCode, error, message }`: zod errors into 400 with the
 * issue paths, HttpExceptions into their status, a database that cannot be reached into a 503
 * with Retry-After (the pool reconnects by itself), anything else into a 500 that is logged
 * here and never shows its stack or message to the client.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const body = this.toBody(exception, request);
    if (response.headersSent) {
      // A stream (server-sent events) already started: all we can do is end it.
      response.end();
      return;
    }
    if (body.statusCode === 503) response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_S));
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, request: Request): ErrorBody {
    if (exception instanceof ZodError) return errorBody(400, describeZodError(exception));
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      const message =
        typeof payload === 'string'
          ? payload
          : Array.isArray((payload as { message?: unknown }).message)
            ? ((payload as { message: string[] }).message).join('; ')
            : String((payload as { message?: unknown }).message ?? exception.message);
      // Structured extras an exception chose to expose (e.g. a daily limit's `remaining` and `resetAt`).
      const extras = typeof payload === 'object' && payload !== null ? (payload as { details?: Record<string, unknown> }).details : undefined;
      return { ...errorBody(status, message), ...(extras && typeof extras === 'object' ? extras : {}) };
    }
    if (isDatabaseUnavailable(exception)) {
      logger.warn({ err: exception, method: request.method, url: request.originalUrl }, 'database unavailable');
      return errorBody(503, 'The database is unavailable; please retry in a few seconds / La base de données est indisponible ; réessayez dans quelques secondes');
    }
    logger.error({ err: exception, method: request.method, url: request.originalUrl }, 'unhandled error');
    return errorBody(500, 'Internal server error');
  }
}
