/**
 * The fence of a team window (docs/team.md, "From the desktop app"): the one team
 * server's origin, plus the origins of the identity provider that server names at
 * `GET /auth/oidc/provider`, so a sign-in through the city's provider works inside the
 * window. Nothing else loads. Pure functions, so each decision is tested without Electron
 * (tests/electron/team-fence.test.ts) and the same decision fences Chromium in the
 * end-to-end test (tests/e2e/team-oidc-desktop-fence.test.ts).
 */
import type { Lang } from '../src/i18n/lang';
import { oidcProviderSchema } from '../src/contract/oidc-sign-in';
import { shellMessage } from './messages';
import { isTeamOrigin, isTeamUrl } from './team-address';

export interface TeamFence {
  /** The team server's origin: where the window starts and what it belongs to. */
  readonly server: string;
  /** The identity provider's origins the server advertised; empty when it has none. */
  readonly provider: readonly string[];
}

/** A team window before (or without) a provider: its server's origin only. */
export function serverOnlyFence(server: string): TeamFence {
  return { server, provider: [] };
}

/** Whether a navigation, redirect or request of the window may go to `url`. */
export function isFencedUrl(url: string, fence: TeamFence): boolean {
  return isTeamUrl(url, fence.server) || fence.provider.some((origin) => isTeamUrl(url, origin));
}

/** What asking the server gave: its HTTP status and parsed JSON body, or null when it could not be asked. */
export type ProviderAnswer = { readonly status: number; readonly body: unknown } | null;

export type ProviderFenceResult = { ok: true; fence: TeamFence } | { ok: false; message: string };

/**
 * The fence for `server` from its answer about the identity provider. No provider (404),
 * a server that could not be asked, or an answer without origins (an older server):
 * the server's origin alone, and a redirect elsewhere is stopped and explained as before.
 * An advertised origin that is not https (http only for this computer, as for the server
 * itself), or not a bare origin, refuses the whole workspace with a message naming it:
 * a sign-in must never cross the network in clear.
 */
export function providerFence(server: string, answer: ProviderAnswer, lang: Lang): ProviderFenceResult {
  const alone: ProviderFenceResult = { ok: true, fence: serverOnlyFence(server) };
  if (answer === null || answer.status !== 200) return alone;
  const parsed = oidcProviderSchema.safeParse(answer.body);
  if (!parsed.success || parsed.data.origins === undefined) return alone;
  const provider: string[] = [];
  for (const origin of parsed.data.origins) {
    if (!isTeamOrigin(origin)) {
      return {
        ok: false,
        message: shellMessage(lang, 'teamProviderRefused', { address: server, provider: origin }),
      };
    }
    if (origin !== server && !provider.includes(origin)) provider.push(origin);
  }
  return { ok: true, fence: { server, provider } };
}
