// HTTP API process: `tsx apps/api/src/main.ts`. It never grades (isolates run in the worker
// process, worker-main.ts); port from API_PORT (default 4000).
import 'reflect-metadata';
import { resolveDatabaseUrl } from '@dl/infra';
import { logger } from './logger';
import { keepRunningThroughDatabaseOutages } from './process-guards';
import { startPlatformServices } from './platform';

keepRunningThroughDatabaseOutages();

const database = await resolveDatabaseUrl();
const platform = await startPlatformServices({
  databaseUrl: database.url,
  apiPort: Number(process.env.API_PORT ?? 4000),
  withWorker: false,
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'API shutting down');
    void platform
      .close()
      .then(() => database.stop())
      .finally(() => process.exit(0));
  });
}
