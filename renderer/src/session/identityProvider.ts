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

/**
 * Why the server sent the browser back here from the provider (`/?oidc-error=...`), taken
 * off the address so a reload does not show it again; null when there is none.
 */
export function takeIdentityProviderRefusal(location: Location, history: History): OidcRefusal | null {
  const params = new URLSearchParams(location.search);
  const reason = params.get(OIDC_ERROR_PARAM);
  if (reason === null) return null;
  params.delete(OIDC_ERROR_PARAM);
  const rest = params.toString();
  history.replaceState(
    history.state,
    '',
    `${location.pathname}${rest === '' ? '' : `?${rest}`}${location.hash}`,
  );
  return isOidcRefusal(reason) ? reason : 'failed';
}
