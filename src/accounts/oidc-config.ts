/**
 * The team server's OpenID Connect settings (`coopfolio serve --oidc-...`, docs/team.md
 * "Sign-in through the city's identity provider"), checked in one place before the server
 * starts. The client secret never comes from an argument (argument lists are visible to
 * every user of the machine): from the environment or from a file.
 */
import { ROLES, isRole, roleAtLeast, type Role } from './role-names';
import { isValidUserName } from './users';

/** Where the client secret may come from when no file is named. */
export const OIDC_SECRET_ENV = 'COOPFOLIO_OIDC_CLIENT_SECRET';
export const DEFAULT_OIDC_ROLE_CLAIM = 'groups';
export const DEFAULT_OIDC_NAME_CLAIM = 'preferred_username';
export const DEFAULT_OIDC_SCOPE = 'openid profile email';

export interface OidcSettings {
  readonly issuer: URL;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The claim whose value (a string or a list of strings) decides the role. */
  readonly roleClaim: string;
  /** Claim value -> role; a user with several mapped values gets the highest role. */
  readonly roleMap: ReadonlyMap<string, Role>;
  /** The claim that names the user's account (preferred_username, email). */
  readonly nameClaim: string;
  /** What the sign-in button calls the provider ("Aanmelden via <providerName>"). */
  readonly providerName: string;
  readonly scope: string;
  /** Plain http:// to the provider, allowed only on this computer (a test or a trial). */
  readonly insecureLoopback: boolean;
}

/** The options as given on the command line (undefined: not given). */
export interface OidcOptions {
  readonly issuer?: string | undefined;
  readonly clientId?: string | undefined;
  readonly clientSecretFile?: string | undefined;
  readonly roleClaim?: string | undefined;
  readonly roleMap?: string | undefined;
  readonly nameClaim?: string | undefined;
  readonly providerName?: string | undefined;
  readonly scope?: string | undefined;
}

export type OidcConfigProblem =
  | 'missing'
  | 'badIssuer'
  | 'noSecret'
  | 'twoSecrets'
  | 'unreadableSecret'
  | 'badClientId'
  | 'badRoleMap'
  | 'doubleRoleMap'
  | 'badClaim'
  | 'badScope'
  | 'badProviderName';

/** Refused settings; `option` is the command-line option at fault, `params` fill the message (cli:oidc.<problem>). */
export class OidcConfigError extends Error {
  constructor(
    readonly problem: OidcConfigProblem,
    readonly params: Readonly<Record<string, string>>,
  ) {
    super(`OpenID Connect settings refused: ${problem} ${JSON.stringify(params)}`);
    this.name = 'OidcConfigError';
  }
}

const OPTION = {
  issuer: '--oidc-issuer',
  clientId: '--oidc-client-id',
  clientSecretFile: '--oidc-client-secret-file',
  roleClaim: '--oidc-role-claim',
  roleMap: '--oidc-role-map',
  nameClaim: '--oidc-name-claim',
  providerName: '--oidc-provider-name',
  scope: '--oidc-scope',
} as const satisfies Record<keyof OidcOptions, string>;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function parseIssuer(value: string): { issuer: URL; insecureLoopback: boolean } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new OidcConfigError('badIssuer', { option: OPTION.issuer, value });
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  const fine =
    (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) &&
    url.search === '' &&
    url.hash === '' &&
    url.username === '' &&
    url.password === '';
  if (!fine) throw new OidcConfigError('badIssuer', { option: OPTION.issuer, value });
  return { issuer: url, insecureLoopback: url.protocol === 'http:' };
}

/** A claim name: no spaces or control characters (a URL-shaped claim such as https://x/roles is fine). */
function parseClaim(option: string, value: string): string {
  if (!/^[^\s\p{C}]{1,200}$/u.test(value)) throw new OidcConfigError('badClaim', { option, value });
  return value;
}

/** `value=role,value=role`: the value as the provider sends it, the role one of ROLES. */
export function parseRoleMap(text: string): Map<string, Role> {
  const map = new Map<string, Role>();
  const entries = text.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    const eq = entry.lastIndexOf('=');
    const value = eq < 0 ? '' : entry.slice(0, eq).trim();
    const role = eq < 0 ? '' : entry.slice(eq + 1).trim();
    if (value === '' || value.length > 200 || !isRole(role)) {
      throw new OidcConfigError('badRoleMap', { option: OPTION.roleMap, entry, roles: ROLES.join(', ') });
    }
    const earlier = map.get(value);
    if (earlier !== undefined && earlier !== role) {
      throw new OidcConfigError('doubleRoleMap', { option: OPTION.roleMap, value });
    }
    map.set(value, role);
  }
  return map;
}

function readSecret(options: OidcOptions, env: NodeJS.ProcessEnv, readFile: (path: string) => string) {
  const fromEnv = env[OIDC_SECRET_ENV];
  const file = options.clientSecretFile;
  if (file !== undefined && fromEnv !== undefined && fromEnv !== '') {
    throw new OidcConfigError('twoSecrets', { option: OPTION.clientSecretFile, env: OIDC_SECRET_ENV });
  }
  let secret = fromEnv ?? '';
  if (file !== undefined) {
    try {
      secret = readFile(file);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new OidcConfigError('unreadableSecret', { option: OPTION.clientSecretFile, file, reason });
    }
  }
  // A file usually ends in a newline that is no part of the secret.
  secret = secret.replace(/\r?\n$/, '');
  if (secret === '') {
    throw new OidcConfigError('noSecret', {
      option: OPTION.clientSecretFile,
      env: OIDC_SECRET_ENV,
    });
  }
  return secret;
}

/**
 * The settings, or null when no OpenID Connect option is given (password sign-in only).
 * Throws `OidcConfigError` naming the option at fault.
 */
export function parseOidcOptions(
  options: OidcOptions,
  env: NodeJS.ProcessEnv,
  readFile: (path: string) => string,
): OidcSettings | null {
  const given = (Object.keys(OPTION) as (keyof OidcOptions)[]).filter((key) => options[key] !== undefined);
  if (given.length === 0) return null;
  for (const required of ['issuer', 'clientId', 'roleMap'] as const) {
    if (options[required] === undefined || options[required] === '') {
      throw new OidcConfigError('missing', { option: OPTION[required], given: OPTION[given[0]!] });
    }
  }
  const { issuer, insecureLoopback } = parseIssuer(options.issuer!);
  const clientId = options.clientId!;
  if (!/^[^\s\p{C}]{1,200}$/u.test(clientId)) {
    throw new OidcConfigError('badClientId', { option: OPTION.clientId, value: clientId });
  }
  const roleMap = parseRoleMap(options.roleMap!);
  const scope = (options.scope ?? DEFAULT_OIDC_SCOPE).trim().split(/\s+/);
  if (!scope.includes('openid') || scope.some((part) => !/^[\x21\x23-\x5B\x5D-\x7E]+$/.test(part))) {
    throw new OidcConfigError('badScope', { option: OPTION.scope, value: options.scope ?? '' });
  }
  const providerName = (options.providerName ?? issuer.hostname).trim();
  if (!/^[^\p{C}]{1,60}$/u.test(providerName)) {
    throw new OidcConfigError('badProviderName', { option: OPTION.providerName, value: providerName });
  }
  return {
    issuer,
    clientId,
    clientSecret: readSecret(options, env, readFile),
    roleClaim: parseClaim(OPTION.roleClaim, options.roleClaim ?? DEFAULT_OIDC_ROLE_CLAIM),
    roleMap,
    nameClaim: parseClaim(OPTION.nameClaim, options.nameClaim ?? DEFAULT_OIDC_NAME_CLAIM),
    providerName,
    scope: scope.join(' '),
    insecureLoopback,
  };
}

/**
 * The role a claim value grants: a string or a list of strings, each looked up in the
 * map; several mapped values give the highest of their roles; nothing mapped gives null.
 */
export function roleFromClaim(value: unknown, map: ReadonlyMap<string, Role>): Role | null {
  const values = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  let best: Role | null = null;
  for (const item of values) {
    const role = typeof item === 'string' ? map.get(item) : undefined;
    if (role !== undefined && (best === null || roleAtLeast(role, best))) best = role;
  }
  return best;
}

/** The account name a claim value gives, or null when it is no string a name can be. */
export function nameFromClaim(value: unknown): string | null {
  return typeof value === 'string' && isValidUserName(value) ? value : null;
}
