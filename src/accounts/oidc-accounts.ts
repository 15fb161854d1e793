/**
 * Accounts that sign in through the city's identity provider (OpenID Connect; the flow
 * itself is src/server/oidc.ts). Such an account has no password and is known by the
 * provider's issuer and subject (PostgreSQL migration 0003): its name comes from the
 * provider the first time, its role at every sign-in, so a role changed at the provider
 * applies from the next sign-in on. The session is the same as a password sign-in's
 * (sessions.ts), and `coopfolio user disable` shuts such an account out like any other.
 */
import type { Pool, PoolClient } from 'pg';
import type { Role } from './role-names';
import { startSession, type StartedSession } from './sessions';

/** Who the provider vouched for, with the role their claim maps to. */
export interface OidcIdentity {
  readonly issuer: string;
  readonly subject: string;
  /** The account name from the name claim (checked with isValidUserName). */
  readonly name: string;
  readonly role: Role;
}

/** `disabled`: the account is disabled here; `name-taken`: another account (a password one) has the name. */
export type OidcAccountRefusal = 'disabled' | 'name-taken';

export class OidcAccountRefused extends Error {
  constructor(
    readonly reason: OidcAccountRefusal,
    readonly user: string,
  ) {
    super(`identity provider sign-in of "${user}" refused: ${reason}`);
    this.name = 'OidcAccountRefused';
  }
}

interface IdentityRow {
  name: string;
  role: Role;
  disabled: boolean;
}

async function findByIdentity(client: PoolClient, identity: OidcIdentity): Promise<IdentityRow | null> {
  const result = await client.query(
    'SELECT name, role, disabled FROM users WHERE oidc_issuer = $1 AND oidc_subject = $2 FOR UPDATE',
    [identity.issuer, identity.subject],
  );
  return (result.rows[0] as IdentityRow | undefined) ?? null;
}

async function enter(client: PoolClient, identity: OidcIdentity, now: Date): Promise<StartedSession> {
  // One sign-in per identity at a time: two tabs signing in at once create one account.
  await client.query("SELECT pg_advisory_xact_lock(hashtext('coopfolio-oidc:' || $1 || ' ' || $2))", [
    identity.issuer,
    identity.subject,
  ]);
  const known = await findByIdentity(client, identity);
  if (known !== null) {
    if (known.disabled) throw new OidcAccountRefused('disabled', known.name);
    if (known.role !== identity.role) {
      await client.query('UPDATE users SET role = $2, changed_at = $3 WHERE name = $1', [
        known.name,
        identity.role,
        now,
      ]);
    }
    return startSession(client, { name: known.name, role: identity.role }, now);
  }
  const inserted = await client.query(
    `INSERT INTO users (name, role, password_hash, oidc_issuer, oidc_subject, disabled, created_at, changed_at)
     VALUES ($1, $2, NULL, $3, $4, false, $5, $5) ON CONFLICT (name) DO NOTHING`,
    [identity.name, identity.role, identity.issuer, identity.subject, now],
  );
  if (inserted.rowCount !== 1) {
    // The provider may not take over an account that signs in another way (or another person's).
    const other = await client.query('SELECT disabled FROM users WHERE name = $1', [identity.name]);
    const disabled = (other.rows[0] as { disabled: boolean } | undefined)?.disabled === true;
    throw new OidcAccountRefused(disabled ? 'disabled' : 'name-taken', identity.name);
  }
  return startSession(client, { name: identity.name, role: identity.role }, now);
}

/**
 * Creates or updates the account of a verified identity and starts its session, in one
 * transaction. Refused with `OidcAccountRefused` (nothing changed) for a disabled account
 * or a name that belongs to another account.
 */
export async function signInWithOidc(pool: Pool, identity: OidcIdentity, now: Date): Promise<StartedSession> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const session = await enter(client, identity, now);
    await client.query('COMMIT');
    return session;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Ends the open sessions of an identity the provider no longer grants any role: who lost
 * their group at the provider is out at their next sign-in attempt, not only at idle expiry.
 */
export async function endOidcSessions(
  pool: Pool,
  identity: { issuer: string; subject: string },
  now: Date,
): Promise<void> {
  await pool.query(
    `UPDATE sessions SET revoked_at = $3 WHERE revoked_at IS NULL AND user_name IN
       (SELECT name FROM users WHERE oidc_issuer = $1 AND oidc_subject = $2)`,
    [identity.issuer, identity.subject, now],
  );
}
