/**
 * What each role may do: every contract operation mapped to the least role that may
 * call it. The ONE table the team server enforces (`invoke` refuses a signed-in user
 * below it with `forbidden`) and the renderer reads to hide what the role may not do
 * (`can`). `anyone`: no sign-in needed (only signing in itself). The `satisfies` below
 * makes a new operation without a row a type error.
 */
import type { OperationName } from './operations';
import { roleAtLeast, type Role } from '../accounts/role-names';

export type Access = 'anyone' | Role;

export const OPERATION_ACCESS = {
  // Reading the workspace and every view computed from it: everyone signed in.
  'workspace.info': 'viewer',
  'workspace.get': 'viewer',
  'settings.get': 'viewer',
  'cooperatives.list': 'viewer',
  'fundingStreams.list': 'viewer',
  'plans.list': 'viewer',
  'indicators.list': 'viewer',
  'scenarios.list': 'viewer',
  'procurement.get': 'viewer',
  'plans.analysis': 'viewer',
  'plans.blend': 'viewer',
  'portfolio.analysis': 'viewer',
  'portfolio.budgetCycle': 'viewer',
  'scenarios.blend': 'viewer',
  'cooperatives.analysis': 'viewer',
  'procurement.analysis': 'viewer',
  'awards.week': 'viewer',
  // A record's history: who changed which field, readable by all who can read the record.
  'audit.history': 'viewer',
  // Exporting reports: the viewer's one export.
  'reports.start': 'viewer',
  'reports.job': 'viewer',
  'reports.cancel': 'viewer',
  'reports.download': 'viewer',
  'reports.openFolder': 'viewer',
  // The whole workspace as exchange JSON: the analyst's data, not a report.
  'workspace.exportJson': 'analyst',
  // Scenarios and their runs.
  'scenarios.create': 'analyst',
  'scenarios.update': 'analyst',
  'scenarios.delete': 'analyst',
  'scenarios.start': 'analyst',
  'scenarios.job': 'analyst',
  'scenarios.cancel': 'analyst',
  'scenarios.nextEuro': 'analyst',
  // A portfolio blend as a job with progress and cancel, like a scenario run.
  'blends.start': 'analyst',
  'blends.job': 'analyst',
  'blends.cancel': 'analyst',
  // The portfolio's records.
  'cooperatives.create': 'editor',
  'cooperatives.update': 'editor',
  'cooperatives.delete': 'editor',
  'fundingStreams.create': 'editor',
  'fundingStreams.update': 'editor',
  'fundingStreams.delete': 'editor',
  'plans.create': 'editor',
  'plans.update': 'editor',
  'plans.delete': 'editor',
  'indicators.create': 'editor',
  'indicators.update': 'editor',
  'indicators.delete': 'editor',
  'procurement.update': 'editor',
  // Settings, import and replace, backups: the administrator.
  'settings.update': 'admin',
  'workspace.importJson': 'admin',
  'imports.template': 'admin',
  'imports.preview': 'admin',
  'imports.apply': 'admin',
  'backups.list': 'admin',
  'backups.create': 'admin',
  'backups.setPolicy': 'admin',
  'backups.restore': 'admin',
  'backups.offer': 'admin',
  'backups.restoreLatest': 'admin',
  // Signing in and out.
  'session.login': 'anyone',
  'session.logout': 'viewer',
  'session.current': 'viewer',
} as const satisfies Record<OperationName, Access>;

/** The least role an operation needs (`anyone`: no sign-in). */
export function accessOf(operation: OperationName): Access {
  return OPERATION_ACCESS[operation];
}

/** Whether a user with `role` may call `operation`. */
export function roleMayCall(role: Role, operation: OperationName): boolean {
  const access = accessOf(operation);
  return access === 'anyone' || roleAtLeast(role, access);
}
