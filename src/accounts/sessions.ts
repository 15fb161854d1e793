/**
 * Sign-in sessions in the team database (tables `sessions` and `login_failures`,
 * PostgreSQL migration 0002-accounts). The clock is the caller's (`now`), so tests can
 * walk past the idle timeout; the counts of failed sign-ins live in the database, so a
 * restart of the server does not reset them.
 */
import type { Pool, PoolClient } from 'pg';
import type { Role } from './role-names';
import { AuthError } from './errors';
import {
  FAILURE_WINDOW_MS,
  MAX_FAILURES_PER_ADDRESS,
  MAX_FAILURES_PER_USER,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  SESSION_TOUCH_MS,
  lockedUntil,
} from './policy';
import { looksLikeToken, newSessionToken, tokenDigest, verifyForNobody, verifyPassword } from './secrets';
import { findUser, isValidUserName } from './users';

export interface SessionUser {
  readonly name: string;
  readonly role: Role;
}

export interface StartedSession {
  /** For the cookie only: the database keeps its digest. */
  readonly token: string;
  readonly user: SessionUser;
}

export interface SignInAttempt {
  readonly user: string;
  readonly password: string;
  /** The client's address, for the per-address limit. */
  readonly address: string;
}

/** Revoked and expired sessions are kept this long (who was signed in when), then removed. */
const KEEP_ENDED_SESSIONS_MS = 30 * 24 * 60 * 60_000;

async function failureTimes(client: PoolClient, column: 'user_name' | 'address', value: string, now: Date) {
  const result = await client.query(`SELECT at FROM login_failures WHERE ${column} = $1 AND at > $2`, [
    value,
    new Date(now.getTime() - FAILURE_WINDOW_MS),
  ]);
  return result.rows.map((row: { at: Date }) => row.at);
}

type Outcome = { ok: true; session: StartedSession } | { ok: false; error: AuthError };

/**
 * The name as failures are counted under it: PostgreSQL text holds no NUL, and a name
 * no account can have (src/accounts/users.ts) is still a guess that counts.
 */
function failureKey(name: string): string {
  return name.replaceAll('\u0000', '\uFFFD').slice(0, 200);
}

async function attempt(client: PoolClient, sign: SignInAttempt, now: Date): Promise<Outcome> {
  const key = failureKey(sign.user);
  const address = failureKey(sign.address).slice(0, 100);
  // One sign-in per account name at a time, so parallel guesses cannot slip past the count.
  await client.query("SELECT pg_advisory_xact_lock(hashtext('coopfolio-sign-in:' || $1))", [key]);
  const byUser = lockedUntil(await failureTimes(client, 'user_name', key, now), MAX_FAILURES_PER_USER, now);
  const byAddress = lockedUntil(
    await failureTimes(client, 'address', address, now),
    MAX_FAILURES_PER_ADDRESS,
    now,
  );
  if (byUser !== null || byAddress !== null) {
    const retryAt = new Date(Math.max(byUser?.getTime() ?? 0, byAddress?.getTime() ?? 0));
    return { ok: false, error: new AuthError('too-many-attempts', { retryAt }) };
  }
  const stored = isValidUserName(sign.user) ? await findUser(client, sign.user) : null;
  // An account of the identity provider has no password: it is answered like no account.
  const matches =
    stored === null || stored.passwordHash === null
      ? await verifyForNobody(sign.password)
      : await verifyPassword(stored.passwordHash, sign.password);
  if (stored === null || !matches) {
    await client.query('INSERT INTO login_failures (user_name, address, at) VALUES ($1, $2, $3)', [
      key,
      address,
      now,
    ]);
    await client.query('DELETE FROM login_failures WHERE at <= $1', [
      new Date(now.getTime() - FAILURE_WINDOW_MS),
    ]);
    return { ok: false, error: new AuthError('wrong-credentials') };
  }
  if (stored.disabled) return { ok: false, error: new AuthError('disabled', { user: stored.name }) };
  await client.query('DELETE FROM login_failures WHERE user_name = $1', [stored.name]);
  const session = await startSession(client, { name: stored.name, role: stored.role }, now);
  return { ok: true, session };
}

/**
 * Starts a session for an account the caller has just let in (by password here, by the
 * identity provider in oidc-accounts.ts), in the caller's transaction; also clears out
 * sessions that ended long ago.
 */
export async function startSession(
  client: PoolClient,
  user: SessionUser,
  now: Date,
): Promise<StartedSession> {
  await client.query('DELETE FROM sessions WHERE last_seen_at < $1', [
    new Date(now.getTime() - KEEP_ENDED_SESSIONS_MS),
  ]);
  const token = newSessionToken();
  await client.query(
    'INSERT INTO sessions (token_hash, user_name, created_at, last_seen_at) VALUES ($1, $2, $3, $3)',
    [tokenDigest(token), user.name, now],
  );
  return { token, user };
}

/**
 * Checks a name and password and starts a session. Refused with `AuthError`: a wrong
 * name or password (counted), a disabled account, or too many recent failures for the
 * account or the address (checked first: then even the right password waits).
 */
export async function signIn(pool: Pool, sign: SignInAttempt, now: Date): Promise<StartedSession> {
  const client = await pool.connect();
  let outcome: Outcome;
  try {
    await client.query('BEGIN');
    outcome = await attempt(client, sign, now);
    // A failure is committed too: that is what counts it.
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  if (!outcome.ok) throw outcome.error;
  return outcome.session;
}

/**
 * The user of a session token, or null when there is none: unknown, revoked, idle too
 * long, too old, or its account disabled. Refreshes the session's last use.
 */
export async function authenticate(pool: Pool, token: string, now: Date): Promise<SessionUser | null> {
  if (!looksLikeToken(token)) return null;
  const digest = tokenDigest(token);
  const result = await pool.query(
    `SELECT u.name, u.role, s.last_seen_at FROM sessions s JOIN users u ON u.name = s.user_name
     WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND NOT u.disabled
       AND s.last_seen_at > $2 AND s.created_at > $3`,
    [digest, new Date(now.getTime() - SESSION_IDLE_MS), new Date(now.getTime() - SESSION_MAX_MS)],
  );
  const row = result.rows[0] as { name: string; role: Role; last_seen_at: Date } | undefined;
  if (row === undefined) return null;
  if (now.getTime() - row.last_seen_at.getTime() >= SESSION_TOUCH_MS) {
    await pool.query('UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1', [digest, now]);
  }
  return { name: row.name, role: row.role };
}

/** Ends a session: its token opens nothing any more, however often it is replayed. */
export async function signOut(pool: Pool, token: string, now: Date): Promise<void> {
  if (!looksLikeToken(token)) return;
  await pool.query('UPDATE sessions SET revoked_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL', [
    tokenDigest(token),
    now,
  ]);
}

/**
 * Whether a session token still opens the workspace, without refreshing its last use:
 * for a long-lived stream that checks now and then (a timer must not keep an idle session alive).
 */
export async function sessionIsOpen(pool: Pool, token: string, now: Date): Promise<boolean> {
  if (!looksLikeToken(token)) return false;
  const result = await pool.query(
    `SELECT 1 FROM sessions s JOIN users u ON u.name = s.user_name
     WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND NOT u.disabled
       AND s.last_seen_at > $2 AND s.created_at > $3`,
    [tokenDigest(token), new Date(now.getTime() - SESSION_IDLE_MS), new Date(now.getTime() - SESSION_MAX_MS)],
  );
  return result.rows.length > 0;
}
