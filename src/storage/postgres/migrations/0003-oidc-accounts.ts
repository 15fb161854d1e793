import type { PostgresMigration } from './migration';

/*
 * Accounts that sign in through the city's identity provider (OpenID Connect; issue 17,
 * src/accounts/oidc-accounts.ts). Such an account has no password: it is known by the
 * provider's issuer and its stable subject (`sub`), not by its name, so a renamed person
 * keeps their account and audit trail, and a provider can never take over a password
 * account that happens to have the same name. Every account has exactly one way in.
 */
const SQL = `
ALTER TABLE users ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE users ADD COLUMN oidc_issuer text CHECK (length(oidc_issuer) BETWEEN 1 AND 500);
ALTER TABLE users ADD COLUMN oidc_subject text CHECK (length(oidc_subject) BETWEEN 1 AND 255);
ALTER TABLE users ADD CONSTRAINT users_one_way_in CHECK (
  (oidc_issuer IS NULL) = (oidc_subject IS NULL)
  AND (password_hash IS NULL) = (oidc_subject IS NOT NULL)
);
CREATE UNIQUE INDEX users_oidc_identity ON users (oidc_issuer, oidc_subject) WHERE oidc_subject IS NOT NULL;
`;

export const oidcAccounts: PostgresMigration = {
  version: 3,
  name: 'oidc-accounts',
  async up(client) {
    await client.query(SQL);
  },
};
