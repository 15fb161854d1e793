import { z } from 'zod';

/**
 * The team server's roles, least first: each may do everything the ones before it may.
 * `viewer` reads and exports reports; `analyst` also works on scenarios and runs them;
 * `editor` also changes cooperatives, funding streams, plans, indicators and procurement;
 * `admin` also changes settings, imports and replaces the workspace, and manages users.
 * What each operation needs is one table: `OPERATION_ACCESS` in src/contract/roles.ts.
 */
export const ROLES = ['viewer', 'analyst', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether `role` may do what `needed` may (roles are ordered: admin > editor > analyst > viewer). */
export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
