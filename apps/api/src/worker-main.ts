// Grading worker process: `tsx apps/api/src/worker-main.ts`. Runs GRADING_WORKERS (default 2)
// concurrent gradings on a grading pool of that size; more processes on more machines scale out.
import { migrate, resolveDatabaseUrl } from '@dl/infra';
import { startGradingWorker } from './grading/grading-worker-runner';
import { logger } from './logger';
import { createDefaultGrader } from './platform';

const concurrency = Number(process.env.GRADING_WORKERS ?? 2);
const database = await resolveDatabaseUrl();
await migrate(database.url);
const grader = await createDefaultGrader(concurrency);
const worker = await startGradingWorker({ databaseUrl: database.url, concurrency, grader });
logger.info({ concurrency, referenceBackend: grader.referenceBackend }, 'grading worker started');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // A second signal does not wait for the gradings in flight (they will be retried).
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'grading worker shutting down; finishing the jobs in flight');
    void worker
      .close()
      .then(() => grader.close())
      .then(() => database.stop())
      .finally(() => process.exit(0));
  });
}
