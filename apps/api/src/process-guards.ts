import { isDatabaseUnavailable } from './http/database-unavailable';
import { logger } from './logger';

/**
 * graphile-worker records a finished job (complete or fail) without awaiting it, and retries
 * neither a refused connection nor a connection cut by a Postgres shutdown: a database going
 * down at that moment becomes an unhandled rejection, which would end the process. Such a
 * rejection is logged and the process goes on (the job it could not record stays locked by
 * this process, and WorkerLiveness frees it once the database is back); any other one ends
 * the process as Node would, after logging it.
 */
export function keepRunningThroughDatabaseOutages(): void {
  process.on('unhandledRejection', (reason) => {
    if (isDatabaseUnavailable(reason)) {
      logger.warn({ err: reason }, 'a database call failed while the database was unreachable; carrying on');
      return;
    }
    logger.fatal({ err: reason }, 'unhandled rejection');
    process.exit(1);
  });
}
