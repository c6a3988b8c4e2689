/**
 * Whether an error means the database cannot be reached right now (down, restarting, starting
 * up, a connection cut): the request deserves a 503 and a retry, not a 500.
 * Codes: node's socket errors, Postgres SQLSTATE class 08 (connection exception), 57P01–57P03
 * (shutdown, crash shutdown, cannot connect now), and node-postgres' own connection messages.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN'].includes(code)) return true;
    if (code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03') return true;
  }
  const message = (error as { message?: unknown }).message;
  if (typeof message === 'string' && /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended unexpectedly/i.test(message)) {
    return true;
  }
  const cause = (error as { cause?: unknown }).cause;
  return cause !== error && cause !== undefined && isDatabaseUnavailable(cause);
}
