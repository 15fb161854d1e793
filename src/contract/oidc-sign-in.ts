/**
 * Sign-in through the city's identity provider (OpenID Connect) on the team server, as
 * the server (src/server/oidc.ts) and the sign-in screen agree on it. These are browser
 * navigations, not contract operations: the provider sends the browser back with a
 * redirect, so the flow is plain GET addresses. The sign-in screen asks the server
 * whether the flow is there (and what the provider is called) with `OIDC_PROVIDER_PATH`.
 */
import { z } from 'zod';

/** Every address of the flow starts so. */
export const OIDC_PATH_PREFIX = '/auth/oidc/';
/** GET: `oidcProviderSchema` as JSON when the server has a provider configured, else 404. */
export const OIDC_PROVIDER_PATH = '/auth/oidc/provider';
/** GET: redirects the browser to the provider. */
export const OIDC_START_PATH = '/auth/oidc/start';
/** GET: where the provider sends the browser back; register this address at the provider. */
export const OIDC_CALLBACK_PATH = '/auth/oidc/callback';
/** The query parameter on `/` that carries why a sign-in through the provider was refused. */
export const OIDC_ERROR_PARAM = 'oidc-error';

/**
 * `origins`: where the browser goes at the provider during sign-in (the issuer's origin,
 * and the authorization endpoint's when it differs), so the desktop app's team window can
 * let exactly those load (docs/team.md, "From the desktop app"). The sign-in screen only
 * uses `name`.
 */
export const oidcProviderSchema = z.object({
  name: z.string().min(1).max(60),
  origins: z.array(z.string().max(2048)).min(1).max(2).optional(),
});
export type OidcProvider = z.infer<typeof oidcProviderSchema>;

/**
 * Why the server sent the browser back to the sign-in screen:
 * `no-role`: no value of the role claim maps to a role; `no-name`: the name claim is
 * missing or no valid account name; `disabled`: the account is disabled here;
 * `name-taken`: another account (with a password) has that name; `expired`: the sign-in
 * took too long or was started in another browser; `failed`: the provider refused or its
 * answer did not check out (a tampered state, a wrong token); `unreachable`: the
 * provider could not be reached.
 */
export const OIDC_REFUSALS = [
  'no-role',
  'no-name',
  'disabled',
  'name-taken',
  'expired',
  'failed',
  'unreachable',
] as const;
export type OidcRefusal = (typeof OIDC_REFUSALS)[number];

export function isOidcRefusal(value: unknown): value is OidcRefusal {
  return typeof value === 'string' && (OIDC_REFUSALS as readonly string[]).includes(value);
}
