import { createContext, useContext } from 'react';
import type { OperationName } from '../../../src/contract/operations';
import type { SignedIn } from '../../../src/contract/session-operations';
import { canCall } from './access';

export interface SessionValue {
  /** Who is signed in; `team` false on a host without accounts. */
  readonly user: SignedIn;
  /** Ends the session on the team server and shows the sign-in screen. */
  signOut(): Promise<void>;
}

export const SessionContext = createContext<SessionValue | null>(null);

/** The signed-in user; null outside the session provider (a screen rendered on its own). */
export function useSession(): SessionValue | null {
  return useContext(SessionContext);
}

/** `can(operation)`: whether to show a control that calls `operation`. */
export function useCan(): (operation: OperationName) => boolean {
  const session = useSession();
  // Outside a provider nothing is known to be forbidden: the server still decides.
  return (operation) => (session === null ? true : canCall(session.user, operation));
}
