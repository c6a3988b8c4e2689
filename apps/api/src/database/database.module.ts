import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { API_CONFIG, type ApiConfig } from '../config';
import { logger } from '../logger';

/** Injection token of the shared pg.Pool. */
export const PG_POOL = Symbol('PG_POOL');

/** Closes the pool when the application shuts down. */
class PoolCloser implements OnApplicationShutdown {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}
  async onApplicationShutdown() {
    await this.pool.end();
  }
}

/** One pg.Pool for the whole API, available everywhere as PG_POOL. */
@Global()
@Module({
  providers: [
    {
      provide: PG_POOL,
      inject: [API_CONFIG],
      useFactory: (config: ApiConfig) => {
        const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 10 });
        // An idle client losing its connection (database restart) must not crash the process.
        pool.on('error', (error) => logger.warn({ err: error }, 'idle database client failed'));
        return pool;
      },
    },
    PoolCloser,
  ],
  exports: [PG_POOL],
})
export class DatabaseModule {}
