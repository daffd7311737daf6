/**
 * Whether an error means the database could not be reached, rather than
 * that a query was wrong. Such errors become `503` with a retry hint;
 * every other database error stays a bug and a `500`.
 */
export function isConnectionFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;

  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code)) return true;
    // SQLSTATE class 08 is "connection exception"; 57P01-57P03 are the
    // server shutting down, crashing or still starting up; 53300 is "too
    // many connections". All pass once the server is back.
    if (/^08[0-9A-Z]{3}$/.test(code)) return true;
    if (/^57P0[1-3]$/.test(code) || code === '53300') return true;
  }
  // node-postgres reports a dropped socket and a connect time-out only in
  // words, without a code.
  return PG_MESSAGES.some((text) => error.message.includes(text));
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

const PG_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Client was closed and is not queryable',
];
