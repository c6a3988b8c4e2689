// `npm run db:migrate`: applies the migrations to DATABASE_URL, or to the embedded Postgres.
import { resolveDatabaseUrl } from './embedded-postgres';
import { migrate } from './migrate';

const database = await resolveDatabaseUrl();
try {
  const applied = await migrate(database.url);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database schema is up to date');
} finally {
  await database.stop();
}
