// Database layer: the embedded Postgres, migrations and the test database helper.
export {
  DEFAULT_EMBEDDED_PORT,
  embeddedUrl,
  isServerUp,
  resolveDatabaseUrl,
  startEmbeddedServer,
  stopOnSignals,
  type EmbeddedServer,
  type EmbeddedServerOptions,
} from './embedded-postgres';
export { listMigrations, migrate, type MigrationFile } from './migrate';
export { startTestDatabase, TEST_SERVER_PORT, type TestDatabase } from './test-database';
export { dataRoot, repoRoot } from './paths';
