// A platform process for the load bench, forked by load.ts with an IPC channel:
//   role 'api'    — the HTTP API only (isolates never run here);
//   role 'worker' — a grading worker only (graphile-worker + sandbox pool);
//   role 'both'   — API and worker in one process.
// Settings come from the environment: DATABASE_URL, BENCH_ROLE, GRADING_WORKERS (sandbox
// processes), WORKER_CONCURRENCY (graphile-worker jobs in flight; default GRADING_WORKERS),
// SUBMISSIONS_PER_MINUTE. It answers { type: 'ready', url? } on IPC and stops on 'stop'.
import 'reflect-metadata';
import { createDefaultGrader, startGradingWorker, startPlatformServices } from '@dl/api';

const role = process.env.BENCH_ROLE ?? 'both';
const databaseUrl = process.env.DATABASE_URL!;
const gradingWorkers = Number(process.env.GRADING_WORKERS ?? 2);

const concurrency = Number(process.env.WORKER_CONCURRENCY ?? gradingWorkers);

const closers: Array<() => Promise<void>> = [];
let url: string | undefined;
if (role !== 'worker') {
  const platform = await startPlatformServices({
    databaseUrl,
    apiPort: 0,
    host: '127.0.0.1',
    withWorker: false,
    cookieSecret: 'bench-secret',
    submissionsPerMinute: Number(process.env.SUBMISSIONS_PER_MINUTE ?? 100_000),
  });
  url = platform.url;
  closers.push(platform.close);
}
if (role !== 'api') {
  const grader = await createDefaultGrader(gradingWorkers);
  const worker = await startGradingWorker({ databaseUrl, concurrency, grader });
  closers.push(() => worker.close(), () => grader.close());
}
const close = async () => {
  for (const step of closers) await step();
};

process.on('message', (message) => {
  if (message === 'stop') void close().finally(() => process.exit(0));
});
process.on('disconnect', () => process.exit(0));
process.send!({ type: 'ready', url });
