/**
 * The team database's address and connection pool. The address is a `postgres://` URL;
 * its password (if any) goes to the driver and nowhere else: errors, logs and
 * `location` show the address without it.
 */
import pg from 'pg';
import { WorkspaceFileError, type WorkspaceFileErrorCode } from '../types';

export interface DatabaseAddress {
  /** What the driver connects with (password included). */
  readonly connectionString: string;
  /** The address as messages show it: `postgres://user@host:port/db`, no password. */
  readonly location: string;
}

/**
 * Checks that `url` is a PostgreSQL URL naming a database. Throws `not-found` with the
 * reason `bad-address` otherwise (the message never repeats the password).
 */
export function parseDatabaseUrl(url: string): DatabaseAddress {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new WorkspaceFileError('not-found', { file: '(database address)', reason: 'bad-address' });
  }
  parsed.password = '';
  const location = parsed.toString();
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new WorkspaceFileError('not-found', { file: location, reason: 'bad-address' });
  }
  if (parsed.hostname === '' || parsed.pathname.length <= 1) {
    throw new WorkspaceFileError('not-found', { file: location, reason: 'bad-address' });
  }
  return { connectionString: url, location };
}

/**
 * A pool for one database; errors of idle clients (a restarted server) are not fatal.
 * Server options in the URL (`?options=-c search_path=team`, as libpq reads them) are kept.
 */
export function createPool(address: DatabaseAddress, max = 10): pg.Pool {
  const url = new URL(address.connectionString);
  const given = url.searchParams.get('options');
  // The driver lets the URL's options win over the config's: they travel in the config only.
  url.searchParams.delete('options');
  const pool = new pg.Pool({
    connectionString: url.toString(),
    max,
    application_name: 'coopfolio',
    connectionTimeoutMillis: 15_000,
    // Times without a zone (an audit query's `since` date) mean UTC, as in the workspace file.
    options: [given, '-c TimeZone=UTC'].filter((option) => option !== null && option !== '').join(' '),
  });
  // Without a listener an idle client's error (the server restarted) would crash the process;
  // the next query gets a fresh connection instead.
  pool.on('error', () => undefined);
  return pool;
}

/** SQLSTATE classes and codes (PostgreSQL appendix A) mapped to the storage codes. */
function sqlStateCode(state: string): WorkspaceFileErrorCode {
  if (state === '23505') return 'exists';
  if (state.startsWith('23')) return 'constraint';
  if (state === '3D000') return 'not-found';
  if (state === '25006' || state === '42501' || state.startsWith('28')) return 'read-only';
  if (state === '53100') return 'disk-full';
  if (state === '40001' || state === '40P01' || state === '55P03') return 'locked';
  if (state === 'XX001' || state === 'XX002') return 'corrupt';
  return 'io';
}

/** Node network errors: the server is not there or not answering. */
const NETWORK_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EPIPE',
]);

function isDatabaseError(error: unknown): error is pg.DatabaseError {
  return (
    error instanceof pg.DatabaseError || (error instanceof Error && 'severity' in error && 'code' in error)
  );
}

/**
 * Whatever the driver or the server threw, as a `WorkspaceFileError` about the database
 * (`file` is its location). Programming errors pass through unchanged.
 */
export function toDatabaseError(error: unknown, location: string): unknown {
  if (error instanceof WorkspaceFileError) {
    return 'file' in error.params
      ? error
      : new WorkspaceFileError(error.code, { file: location, ...error.params }, error.message);
  }
  if (isDatabaseError(error) && typeof error.code === 'string') {
    return new WorkspaceFileError(
      sqlStateCode(error.code),
      { file: location, sqlState: error.code },
      `${location}: ${error.message}`,
    );
  }
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && NETWORK_ERRORS.has(code)) {
      return new WorkspaceFileError('io', { file: location, errno: code }, `${location}: ${error.message}`);
    }
    // The driver's own connection failures ("Connection terminated", timeouts) are plain Errors.
    if (/connect|terminat|timeout/i.test(error.message) && !(error instanceof TypeError)) {
      return new WorkspaceFileError('io', { file: location }, `${location}: ${error.message}`);
    }
  }
  return error;
}
