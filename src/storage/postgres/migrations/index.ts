import { workspace } from './0001-workspace';
import { accounts } from './0002-accounts';
import { oidcAccounts } from './0003-oidc-accounts';
import type { PostgresMigration } from './migration';

export type { PostgresMigration } from './migration';

/** Every migration of the team database in order; append only (next: 0004-...). */
export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [workspace, accounts, oidcAccounts];
