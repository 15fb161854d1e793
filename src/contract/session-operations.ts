/**
 * Sign-in on the team server (`coopfolio serve`): the password goes in, a session cookie
 * comes back in the HTTP answer (HttpOnly, so the page never sees the token). The
 * desktop app and `npm run web` have no accounts: there `session.current` names the
 * local user with every right, and `session.login` / `session.logout` answer `not-available`.
 */
import { z } from 'zod';
import { roleSchema } from '../accounts/role-names';

/** Who is signed in; `team` is false on a host without accounts (nothing to sign out of). */
export const signedInSchema = z.object({
  name: z.string(),
  role: roleSchema,
  team: z.boolean(),
});
export type SignedIn = z.infer<typeof signedInSchema>;

export const sessionOperations = {
  /** Checks the password and starts a session (Set-Cookie); refused as `unauthenticated`. */
  'session.login': {
    input: z.strictObject({
      user: z.string().min(1).max(200),
      password: z.string().min(1).max(1000),
    }),
    output: signedInSchema,
  },
  /** Ends this browser's session: its token is revoked, a replay of it is refused. */
  'session.logout': { input: z.strictObject({}), output: z.object({}) },
  'session.current': { input: z.strictObject({}), output: signedInSchema },
} as const;
