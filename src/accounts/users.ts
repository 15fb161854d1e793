/**
 * The team's accounts in the team database (table `users`, PostgreSQL migration
 * 0002-accounts): a name, a role, an argon2id password hash and a disabled flag. Managed
 * from the command line (`coopfolio user add | list | disable`); an account is disabled,
 * never deleted, so the audit trail's names keep meaning someone.
 */
import type { Pool, PoolClient } from 'pg';
import { isRole, type Role } from './role-names';
import { hashPassword } from './secrets';

/** Letters, digits and `. _ @ -` (an e-mail address fits), 1 to 100 characters. */
export function isValidUserName(name: string): boolean {
  return /^[\p{L}\p{N}._@-]{1,100}$/u.test(name);
}

export interface UserRow {
  readonly name: string;
  readonly role: Role;
  readonly disabled: boolean;
  /** ISO 8601. */
  readonly createdAt: string;
}

export interface StoredUser extends UserRow {
  /** Null for an account that signs in through the identity provider (src/accounts/oidc-accounts.ts). */
  readonly passwordHash: string | null;
}

function toUser(row: Record<string, unknown>): StoredUser {
  const role = row['role'];
  if (!isRole(role)) throw new Error(`user "${String(row['name'])}" has an unknown role "${String(role)}"`);
  return {
    name: String(row['name']),
    role,
    disabled: row['disabled'] === true,
    createdAt: (row['created_at'] as Date).toISOString(),
    passwordHash: typeof row['password_hash'] === 'string' ? row['password_hash'] : null,
  };
}

/** Adds an account; false when the name is taken (nothing changed). The caller checked name and password. */
export async function addUser(
  pool: Pool,
  user: { name: string; role: Role; password: string },
  now: Date,
): Promise<boolean> {
  const passwordHash = await hashPassword(user.password);
  const result = await pool.query(
    `INSERT INTO users (name, role, password_hash, disabled, created_at, changed_at)
     VALUES ($1, $2, $3, false, $4, $4) ON CONFLICT (name) DO NOTHING`,
    [user.name, user.role, passwordHash, now],
  );
  return result.rowCount === 1;
}

export async function listUsers(pool: Pool): Promise<UserRow[]> {
  const result = await pool.query('SELECT * FROM users ORDER BY name');
  return result.rows.map((row: Record<string, unknown>) => {
    const { passwordHash: _hash, ...user } = toUser(row);
    return user;
  });
}

export async function findUser(db: Pool | PoolClient, name: string): Promise<StoredUser | null> {
  const result = await db.query('SELECT * FROM users WHERE name = $1', [name]);
  const row = result.rows[0] as Record<string, unknown> | undefined;
  return row === undefined ? null : toUser(row);
}

/**
 * Disables an account and ends its open sessions, in one transaction; false when there
 * is no such account.
 */
export async function disableUser(pool: Pool, name: string, now: Date): Promise<boolean> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await client.query('UPDATE users SET disabled = true, changed_at = $2 WHERE name = $1', [
      name,
      now,
    ]);
    await client.query('UPDATE sessions SET revoked_at = $2 WHERE user_name = $1 AND revoked_at IS NULL', [
      name,
      now,
    ]);
    await client.query('COMMIT');
    return result.rowCount === 1;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
