// The identity provider's settings of `coopfolio serve`: every bad one refused naming its
// option, the secret never from an argument, and the claim-to-role mapping.
import { describe, expect, it } from 'vitest';
import {
  OIDC_SECRET_ENV,
  OidcConfigError,
  nameFromClaim,
  parseOidcOptions,
  roleFromClaim,
  type OidcOptions,
} from '../../src/accounts/oidc-config';
import type { Role } from '../../src/accounts/role-names';
import { translate } from '../../src/i18n';

const GOOD: OidcOptions = {
  issuer: 'https://login.gemeente.example/realms/medewerkers',
  clientId: 'coopfolio',
  roleMap: 'coopfolio-beheer=admin, coopfolio-redactie=editor,coopfolio-analyse=analyst',
};
const ENV = { [OIDC_SECRET_ENV]: 'geheim' };
const noFile = (path: string): string => {
  throw new Error(`ENOENT: no such file, open '${path}'`);
};

function refusal(options: OidcOptions, env: NodeJS.ProcessEnv = ENV, readFile = noFile): OidcConfigError {
  try {
    parseOidcOptions(options, env, readFile);
  } catch (error) {
    if (error instanceof OidcConfigError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('parseOidcOptions', () => {
  it('is off without any option, and fills in the defaults', () => {
    expect(parseOidcOptions({}, ENV, noFile)).toBeNull();
    const settings = parseOidcOptions(GOOD, ENV, noFile)!;
    expect(settings.issuer.href).toBe(GOOD.issuer);
    expect(settings.clientSecret).toBe('geheim');
    expect(settings.roleClaim).toBe('groups');
    expect(settings.nameClaim).toBe('preferred_username');
    expect(settings.scope).toBe('openid profile email');
    expect(settings.providerName).toBe('login.gemeente.example');
    expect(settings.insecureLoopback).toBe(false);
    expect([...settings.roleMap]).toEqual([
      ['coopfolio-beheer', 'admin'],
      ['coopfolio-redactie', 'editor'],
      ['coopfolio-analyse', 'analyst'],
    ]);
  });

  it('reads the secret from a file without its final newline', () => {
    const settings = parseOidcOptions(
      { ...GOOD, clientSecretFile: '/etc/coopfolio/oidc' },
      {},
      () => 's3cr3t\n',
    );
    expect(settings?.clientSecret).toBe('s3cr3t');
  });

  it('refuses each bad setting naming its option, in Dutch and English', () => {
    const cases: [OidcOptions, NodeJS.ProcessEnv, string, string][] = [
      [{ clientId: 'x', roleMap: 'a=admin' }, ENV, 'missing', '--oidc-issuer'],
      [{ ...GOOD, clientId: undefined }, ENV, 'missing', '--oidc-client-id'],
      [{ issuer: GOOD.issuer, clientId: 'x' }, ENV, 'missing', '--oidc-role-map'],
      [{ ...GOOD, issuer: 'http://login.gemeente.example' }, ENV, 'badIssuer', '--oidc-issuer'],
      [{ ...GOOD, issuer: 'https://login.example/?x=1' }, ENV, 'badIssuer', '--oidc-issuer'],
      [{ ...GOOD, issuer: 'niet een adres' }, ENV, 'badIssuer', '--oidc-issuer'],
      [{ ...GOOD, clientId: 'met spatie' }, ENV, 'badClientId', '--oidc-client-id'],
      [{ ...GOOD, roleMap: 'coopfolio-beheer=baas' }, ENV, 'badRoleMap', '--oidc-role-map'],
      [{ ...GOOD, roleMap: 'coopfolio-beheer' }, ENV, 'badRoleMap', '--oidc-role-map'],
      [{ ...GOOD, roleMap: 'a=admin,,b=viewer' }, ENV, 'badRoleMap', '--oidc-role-map'],
      [{ ...GOOD, roleMap: 'a=admin,a=viewer' }, ENV, 'doubleRoleMap', '--oidc-role-map'],
      [{ ...GOOD, roleClaim: 'twee woorden' }, ENV, 'badClaim', '--oidc-role-claim'],
      [{ ...GOOD, nameClaim: '' }, ENV, 'badClaim', '--oidc-name-claim'],
      [{ ...GOOD, scope: 'profile email' }, ENV, 'badScope', '--oidc-scope'],
      [{ ...GOOD, providerName: 'x'.repeat(61) }, ENV, 'badProviderName', '--oidc-provider-name'],
      [GOOD, {}, 'noSecret', '--oidc-client-secret-file'],
      [{ ...GOOD, clientSecretFile: '/geen/bestand' }, {}, 'unreadableSecret', '--oidc-client-secret-file'],
      [{ ...GOOD, clientSecretFile: '/geen/bestand' }, ENV, 'twoSecrets', '--oidc-client-secret-file'],
    ];
    for (const [options, env, problem, option] of cases) {
      const error = refusal(options, env);
      expect(error.problem, JSON.stringify(options)).toBe(problem);
      expect(error.params['option']).toBe(option);
      for (const lang of ['nl', 'en'] as const) {
        expect(translate(lang, `cli:oidc.${error.problem}`, error.params)).toContain(option);
      }
    }
  });

  it('allows plain http only to a provider on this computer', () => {
    for (const issuer of ['http://127.0.0.1:9000', 'http://localhost:9000/realm', 'http://[::1]:9000']) {
      expect(parseOidcOptions({ ...GOOD, issuer }, ENV, noFile)?.insecureLoopback).toBe(true);
    }
  });
});

describe('claims', () => {
  const map = new Map<string, Role>([
    ['coopfolio-lezen', 'viewer'],
    ['coopfolio-redactie', 'editor'],
    ['coopfolio-beheer', 'admin'],
  ]);

  it('maps a string or a list to the highest mapped role, exactly as spelled', () => {
    expect(roleFromClaim('coopfolio-redactie', map)).toBe('editor');
    expect(roleFromClaim(['coopfolio-beheer', 'coopfolio-lezen'], map)).toBe('admin');
    expect(roleFromClaim(['coopfolio-lezen', 'coopfolio-redactie'], map)).toBe('editor');
    expect(roleFromClaim(['Coopfolio-Redactie', 'medewerkers'], map)).toBeNull();
    expect(roleFromClaim(undefined, map)).toBeNull();
    expect(roleFromClaim({ 'coopfolio-beheer': true }, map)).toBeNull();
    expect(roleFromClaim([42, null], map)).toBeNull();
  });

  it('takes only a valid account name from the name claim', () => {
    expect(nameFromClaim('j.de.vries@gemeente.example')).toBe('j.de.vries@gemeente.example');
    expect(nameFromClaim('twee woorden')).toBeNull();
    expect(nameFromClaim(['lijst'])).toBeNull();
    expect(nameFromClaim('x'.repeat(101))).toBeNull();
  });
});
