import type { PostgresMigration } from './migration';

/*
 * The team server's accounts (issue 17; src/accounts/).
 *
 * `users`: one row per account, never deleted (disabled instead), so the names in the
 * audit trail keep meaning someone. The password is only its argon2id hash (PHC string).
 *
 * `sessions`: one row per sign-in. The browser holds the random token; the table holds
 * only its SHA-256 digest, so a copy of the database opens no session. A session ends by
 * sign-out or disabling (`revoked_at`), or by idling or ageing past the limits of
 * src/accounts/policy.ts (checked against `last_seen_at` and `created_at`).
 *
 * `login_failures`: failed sign-ins by account name and client address, counted over a
 * window to slow guessing down; kept here so a restart of the server does not reset them.
 */
const ROLES = `'viewer', 'analyst', 'editor', 'admin'`;

const SQL = `
CREATE TABLE users (
  name text PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 100),
  role text NOT NULL CHECK (role IN (${ROLES})),
  password_hash text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  changed_at timestamptz NOT NULL
);

CREATE TABLE sessions (
  token_hash bytea PRIMARY KEY CHECK (length(token_hash) = 32),
  user_name text NOT NULL REFERENCES users (name),
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX sessions_user ON sessions (user_name) WHERE revoked_at IS NULL;

CREATE TABLE login_failures (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_name text NOT NULL CHECK (length(user_name) <= 200),
  address text NOT NULL CHECK (length(address) <= 100),
  at timestamptz NOT NULL
);
CREATE INDEX login_failures_user ON login_failures (user_name, at);
CREATE INDEX login_failures_address ON login_failures (address, at);
CREATE INDEX login_failures_at ON login_failures (at);
`;

export const accounts: PostgresMigration = {
  version: 2,
  name: 'accounts',
  async up(client) {
    await client.query(SQL);
  },
};
