import {
  OIDC_ERROR_PARAM,
  OIDC_PROVIDER_PATH,
  isOidcRefusal,
  oidcProviderSchema,
  type OidcProvider,
  type OidcRefusal,
} from '../../../src/contract/oidc-sign-in';

/**
 * Whether the team server signs in through the city's identity provider, and what the
 * provider is called: null when it does not (404), or when the server cannot be asked
 * (then the password form is all there is, as before).
 */
export async function fetchIdentityProvider(fetcher: typeof fetch = fetch): Promise<OidcProvider | null> {
  try {
    const response = await fetcher(OIDC_PROVIDER_PATH, { headers: { accept: 'application/json' } });
    if (!response.ok) return null;
    const parsed = oidcProviderSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Why the server sent the browser back here from the provider (`/?oidc-error=...`); null when it did not. */
export function identityProviderRefusal(search: string): OidcRefusal | null {
  const reason = new URLSearchParams(search).get(OIDC_ERROR_PARAM);
  if (reason === null) return null;
  return isOidcRefusal(reason) ? reason : 'failed';
}

/** Takes the reason off the address, so a reload or a bookmark does not show it again. */
export function forgetIdentityProviderRefusal(
  location: { readonly pathname: string; readonly search: string; readonly hash: string },
  history: { readonly state: unknown; replaceState(state: unknown, unused: string, url: string): void },
): void {
  const params = new URLSearchParams(location.search);
  if (!params.has(OIDC_ERROR_PARAM)) return;
  params.delete(OIDC_ERROR_PARAM);
  const rest = params.toString();
  history.replaceState(
    history.state,
    '',
    `${location.pathname}${rest === '' ? '' : `?${rest}`}${location.hash}`,
  );
}
