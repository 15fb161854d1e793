/**
 * The test identity provider and a team server that signs in through it, started
 * together as the OIDC tests (server and end-to-end) all need them: the provider first
 * (its issuer goes into the server's settings), then the server, then the provider told
 * where the server's callback is. The client secret comes from the environment, so no
 * secret file is ever read.
 */
import { parseOidcOptions } from '../../src/accounts/oidc-config';
import { CLIENT_ID, CLIENT_SECRET, SCOPE, startTestProvider, type TestProvider } from './team-oidc-provider';
import { startTeamServer, type TeamFixture } from './team-support';

export interface OidcTeam {
  readonly provider: TestProvider;
  readonly team: TeamFixture;
}

export async function startOidcTeam(options: {
  /** `--oidc-role-map`, e.g. 'coopfolio-redactie=editor'. */
  roleMap: string;
  /** `--oidc-role-claim`; the server's default when left out. */
  roleClaim?: string;
  /** The built renderer to serve (end-to-end tests); none when left out. */
  rendererDir?: string;
}): Promise<OidcTeam> {
  const provider = await startTestProvider();
  const settings = parseOidcOptions(
    {
      issuer: provider.issuer,
      clientId: CLIENT_ID,
      roleMap: options.roleMap,
      roleClaim: options.roleClaim,
      scope: SCOPE,
      providerName: 'Gemeente Teststad',
    },
    { COOPFOLIO_OIDC_CLIENT_SECRET: CLIENT_SECRET },
    () => {
      throw new Error('no file is read');
    },
  );
  const team = await startTeamServer({
    oidc: settings!,
    ...(options.rendererDir === undefined ? {} : { rendererDir: options.rendererDir }),
  });
  provider.open(`${team.origin}/auth/oidc/callback`);
  return { provider, team };
}
