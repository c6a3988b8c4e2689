import { pino, type Logger } from 'pino';
import type { LoggerService } from '@nestjs/common';

/**
 * The platform's structured logger (JSON lines). Level from LOG_LEVEL (default info, and
 * warn under the test runner, whose output should show the tests rather than the traffic). Child loggers carry context such as `{ submissionId }`.
 */
export const logger: Logger = pino(
  {
    name: 'dl-api',
    level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'warn' : 'info'),
    // The default serialiser copies every own property: a pg error would drag its whole client along.
    serializers: { err: serializeError },
  },
  // Written asynchronously: lines logged while a write is in flight go out together in the next
  // one, instead of a system call per line on the request path. pino flushes what is left on exit.
  pino.destination({ dest: 1, sync: false }),
);

function serializeError(error: unknown) {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code } = error as { code?: unknown };
  return { type: error.name, message: error.message, code, stack: error.stack };
}

/** Routes Nest's own messages (bootstrap, routes) through pino. */
export class PinoNestLogger implements LoggerService {
  log(message: unknown, context?: string) {
    logger.debug({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    logger.trace({ context }, String(message));
  }
}
