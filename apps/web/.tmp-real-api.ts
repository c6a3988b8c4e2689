// Throwaway: the real API + in-process worker on :4300 over a fresh test database.
import 'reflect-metadata';
import { startTestDatabase } from '@dl/infra';
import { startPlatformServices } from '../api/src/platform';
const db = await startTestDatabase();
const platform = await startPlatformServices({ databaseUrl: db.url, apiPort: 4300, withWorker: true, gradingWorkers: 1 });
console.log('REAL API UP', platform.url);
const stop = () => void platform.close().then(() => db.stop()).finally(() => process.exit(0));
process.once('SIGTERM', stop); process.once('SIGINT', stop);
