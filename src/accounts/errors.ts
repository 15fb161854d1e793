/** Why a request or a sign-in was not let in; the contract code is `unauthenticated`. */
export type AuthFailure = 'no-session' | 'wrong-credentials' | 'disabled' | 'too-many-attempts';

/**
 * A sign-in refused (wrong name or password, a disabled account, too many failures) or a
 * request without a valid session (none, expired, revoked). `src/api/errors.ts` words it.
 */
export class AuthError extends Error {
  constructor(
    readonly reason: AuthFailure,
    readonly params: { readonly user?: string; readonly retryAt?: Date } = {},
  ) {
    super(`not signed in: ${reason}`);
    this.name = 'AuthError';
  }
}
