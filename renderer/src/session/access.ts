import type { OperationName } from '../../../src/contract/operations';
import { roleMayCall } from '../../../src/contract/roles';
import type { SignedIn } from '../../../src/contract/session-operations';

/**
 * Whether the user may call `operation`, from the server's own table
 * (src/contract/roles.ts): the app hides what the role may not do, and the team server
 * refuses it anyway. A host without accounts (desktop, `npm run web`) allows everything.
 */
export function canCall(session: SignedIn | null, operation: OperationName): boolean {
  if (session === null) return false;
  return !session.team || roleMayCall(session.role, operation);
}
