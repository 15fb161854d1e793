/**
 * A real OpenID Connect provider for the tests (npm `oidc-provider`) on 127.0.0.1 on a
 * free port, with one static client and its own people. Its sign-in page is the test:
 * whoever `signInAs` names is signed in at the next interaction, with the claims the
 * test gave them (changeable between sign-ins, as at a city's provider). Consent is
 * granted at once, as a city does for its own applications.
 *
 * `browse` walks the redirects the way a browser does, with a cookie jar per host.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

export const CLIENT_ID = 'coopfolio';
export const CLIENT_SECRET = 'a test client secret of some length';
export const SCOPE = 'openid profile email groups';

export interface Person {
  preferred_username?: unknown;
  email?: string;
  groups?: unknown;
}

export interface TestProvider {
  readonly issuer: string;
  /** Registers the client with the team server's callback address and starts answering. */
  open(redirectUri: string): void;
  /** The claims of a person (replaced when called again: a role changed at the provider). */
  setPerson(subject: string, person: Person): void;
  /** Who the next sign-in at the provider's page is. */
  signInAs(subject: string): void;
  close(): Promise<void>;
}

export async function startTestProvider(): Promise<TestProvider> {
  const people = new Map<string, Person>();
  let next: string | null = null;
  let provider: Provider | null = null;
  let callback: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;

  async function interaction(req: IncomingMessage, res: ServerResponse) {
    const details = await provider!.interactionDetails(req, res);
    if (details.prompt.name !== 'login' || next === null) {
      res.writeHead(400).end(`unexpected prompt ${details.prompt.name}`);
      return;
    }
    await provider!.interactionFinished(
      req,
      res,
      { login: { accountId: next } },
      { mergeWithLastSubmission: false },
    );
  }

  const server: Server = createServer((req, res) => {
    if (callback === null) return void res.writeHead(503).end('not open yet');
    if (req.url?.startsWith('/interaction/') === true) {
      interaction(req, res).catch((error: unknown) => res.writeHead(500).end(String(error)));
      return;
    }
    callback(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', alg: 'RS256', use: 'sig' };

  function configuration(redirectUri: string): Configuration {
    return {
      clients: [
        {
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
          redirect_uris: [redirectUri],
          response_types: ['code'],
          grant_types: ['authorization_code'],
        },
      ],
      jwks: { keys: [signingKey] },
      cookies: { keys: ['a test cookie key'] },
      claims: {
        openid: ['sub'],
        profile: ['preferred_username'],
        email: ['email'],
        groups: ['groups'],
      },
      features: { devInteractions: { enabled: false } },
      interactions: { url: (_ctx, details) => `/interaction/${details.uid}` },
      pkce: { required: () => true },
      // Lifetimes of its own (the defaults print a notice each).
      ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
      findAccount: (_ctx, sub) => {
        const person = people.get(sub);
        if (person === undefined) return undefined;
        return { accountId: sub, claims: () => ({ sub, ...(person as Record<string, unknown>) }) };
      },
      // The city's own application: consent is given once for everyone.
      async loadExistingGrant(ctx: KoaContextWithOIDC) {
        const accountId = ctx.oidc.session!.accountId!;
        const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId });
        grant.addOIDCScope(SCOPE);
        await grant.save();
        return grant;
      },
    };
  }

  return {
    issuer,
    open(redirectUri) {
      provider = new Provider(issuer, configuration(redirectUri));
      callback = provider.callback();
    },
    setPerson(subject, person) {
      people.set(subject, person);
    },
    signInAs(subject) {
      next = subject;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** One browser: cookies per host name (as browsers keep them, whatever the port). */
export class Browser {
  private readonly jar = new Map<string, Map<string, string>>();
  /** Every Set-Cookie header received, by the address that sent it. */
  readonly received: { url: URL; setCookie: string[] }[] = [];

  cookieHeader(url: URL): string {
    return [...(this.jar.get(url.hostname) ?? new Map<string, string>())]
      .map(([name, value]) => `${name}=${value}`)
      .join('; ');
  }

  cookie(host: string, name: string): string | undefined {
    return this.jar.get(host)?.get(name);
  }

  private store(url: URL, setCookies: string[]) {
    const cookies = this.jar.get(url.hostname) ?? new Map<string, string>();
    this.jar.set(url.hostname, cookies);
    for (const line of setCookies) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/;\s*max-age=0/i.test(line) || /expires=thu, 01 jan 1970/i.test(line) || value === '')
        cookies.delete(name);
      else cookies.set(name, value);
    }
  }

  /** One GET without following redirects; cookies kept. */
  async get(address: string): Promise<Response> {
    const url = new URL(address);
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: this.cookieHeader(url) },
    });
    const setCookie = response.headers.getSetCookie();
    this.received.push({ url, setCookie });
    this.store(url, setCookie);
    return response;
  }

  /**
   * Follows the redirects from `address` until the browser lands on a page of `home`
   * (or `stopAt` says to stop: the test then tampers with that address). Returns the
   * address it stopped at.
   */
  async follow(address: string, home: string, stopAt: (url: URL) => boolean = () => false): Promise<URL> {
    let url = new URL(address);
    for (let hop = 0; hop < 20; hop++) {
      if (stopAt(url)) return url;
      const response = await this.get(url.href);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || location === null) {
        if (url.origin === home) return url;
        throw new Error(`stopped at ${url.href}: ${response.status} ${await response.text()}`);
      }
      url = new URL(location, url);
      if (url.origin === home && !url.pathname.startsWith('/auth/')) return url;
    }
    throw new Error(`too many redirects from ${address}`);
  }
}
