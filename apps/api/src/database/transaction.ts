import type pg from 'pg';

/**
 * Runs `work` in one transaction on one client: committed when it resolves, rolled back
 * when it throws (the error is rethrown).
 * @example
 *   const id = await withTransaction(pool, async (client) => (await client.query('INSERT … RETURNING id')).rows[0].id);
 */
export async function withTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const value = await work(client);
    await client.query('COMMIT');
    return value;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
