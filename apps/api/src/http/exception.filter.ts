import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { ZodError } from 'zod';
import { logger } from '../logger';

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
 * issue paths, HttpExceptions into their status, anything else into a 500 that is logged
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
      return errorBody(status, message);
    }
    logger.error({ err: exception, method: request.method, url: request.originalUrl }, 'unhandled error');
    return errorBody(500, 'Internal server error');
  }
}
