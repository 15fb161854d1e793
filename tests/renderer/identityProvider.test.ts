import { describe, expect, it } from 'vitest';
import {
  fetchIdentityProvider,
  forgetIdentityProviderRefusal,
  identityProviderRefusal,
} from '../../renderer/src/session/identityProvider';

const answering =
  (status: number, body: unknown): typeof fetch =>
  () =>
    Promise.resolve(new Response(JSON.stringify(body), { status }));

describe("the sign-in screen's identity provider", () => {
  it('takes the provider from the server, and nothing from a 404, a bad answer or no answer', async () => {
    expect(await fetchIdentityProvider(answering(200, { name: 'Gemeente Amsterdam' }))).toEqual({
      name: 'Gemeente Amsterdam',
    });
    expect(await fetchIdentityProvider(answering(404, 'not found'))).toBeNull();
    expect(await fetchIdentityProvider(answering(200, { name: '' }))).toBeNull();
    expect(await fetchIdentityProvider(() => Promise.reject(new TypeError('offline')))).toBeNull();
  });

  it("reads the server's reason, an unknown one as a failure", () => {
    expect(identityProviderRefusal('?oidc-error=no-role')).toBe('no-role');
    expect(identityProviderRefusal('?x=1&oidc-error=disabled')).toBe('disabled');
    expect(identityProviderRefusal('?oidc-error=<script>')).toBe('failed');
    expect(identityProviderRefusal('')).toBeNull();
  });

  it('takes the reason off the address and keeps the rest', () => {
    const replaced: string[] = [];
    const history = {
      state: null,
      replaceState: (_s: unknown, _t: string, url: string) => replaced.push(url),
    };
    const at = (search: string) => ({ pathname: '/', search, hash: '#/plannen' });
    forgetIdentityProviderRefusal(at('?oidc-error=no-role'), history);
    forgetIdentityProviderRefusal(at('?lang=en&oidc-error=failed'), history);
    forgetIdentityProviderRefusal(at('?lang=en'), history);
    expect(replaced).toEqual(['/#/plannen', '/?lang=en#/plannen']);
  });
});
