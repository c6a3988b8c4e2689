import { pino, type Logger } from 'pino';
import type { LoggerService } from '@nestjs/common';

/**
 * The platform's structured logger (JSON lines). Level from LOG_LEVEL (default info;
 * tests usually set warn). Child loggers carry context such as `{ submissionId }`.
 */
export const logger: Logger = pino({ name: 'dl-api', level: process.env.LOG_LEVEL ?? 'info' });

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
