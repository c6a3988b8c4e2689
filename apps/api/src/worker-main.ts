// Grading worker process: `tsx apps/api/src/worker-main.ts`. Runs GRADING_WORKERS (default 2)
// concurrent gradings on a grading pool of that size, and CHALLENGE_WORKERS (default 1) MNIST
// challenge gradings on a pool of their own; more processes on more machines scale out.
// Prometheus metrics at http://<host>:WORKER_METRICS_PORT/metrics (default 9464; 0 turns them off).
import { migrate, resolveDatabaseUrl } from '@dl/infra';
import { challengeWorkersFromEnv, startChallengeWorker } from './challenges/challenge-worker';
import { startGradingWorker } from './grading/grading-worker-runner';
import { logger } from './logger';
import { keepRunningThroughDatabaseOutages } from './process-guards';
import { startWorkerMetricsServer } from './metrics/worker-metrics-server';
import { createDefaultGrader, jobsInFlight } from './platform';

keepRunningThroughDatabaseOutages();

const concurrency = Number(process.env.GRADING_WORKERS ?? 2);
const database = await resolveDatabaseUrl();
await migrate(database.url);
const grader = await createDefaultGrader(concurrency);
const worker = await startGradingWorker({ databaseUrl: database.url, concurrency: jobsInFlight(concurrency), grader });
const challengeWorkers = challengeWorkersFromEnv();
const challenges = challengeWorkers > 0 ? await startChallengeWorker({ databaseUrl: database.url, concurrency: challengeWorkers }) : undefined;
const metricsPort = Number(process.env.WORKER_METRICS_PORT ?? 9464);
// Metrics are for observing the worker, not a reason for it to stop grading: a busy port is logged.
const metrics = metricsPort
  ? await startWorkerMetricsServer(metricsPort).catch((error: unknown) => {
      logger.warn({ err: error, metricsPort }, 'worker metrics not served: the port is taken (set WORKER_METRICS_PORT)');
      return undefined;
    })
  : undefined;
logger.info({ concurrency, challengeWorkers, referenceBackend: grader.referenceBackend, metricsPort: metrics?.port }, 'grading worker started');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // A second signal does not wait for the gradings in flight (they will be retried).
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'grading worker shutting down; finishing the jobs in flight');
    metrics?.close();
    void worker
      .close()
      .then(() => challenges?.close())
      .then(() => grader.close())
      .then(() => database.stop())
      .finally(() => process.exit(0));
  });
}
