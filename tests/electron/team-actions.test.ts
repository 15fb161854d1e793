import { describe, expect, it, vi } from 'vitest';
import {
  createExternalSignInNotice,
  createTeamActions,
  type TeamActionDeps,
} from '../../electron/team-actions';
import type { ProviderAnswer, TeamFence } from '../../electron/team-fence';

interface FakeWindow {
  origin: string;
}

/** A scripted shell: each opened window loads (or fails) as `loads` says. */
function setup(
  options: {
    typed?: string[];
    loads?: (origin: string) => Promise<void>;
    /** What each server answers at /auth/oidc/provider; none (404) unless given. */
    provider?: (origin: string) => Promise<ProviderAnswer>;
  } = {},
) {
  /** The fence each window was opened with, in order. */
  const fences: TeamFence[] = [];
  const events: string[] = [];
  /** What the prompt showed under its field after each address typed (null: it closed). */
  const answers: (string | null)[] = [];
  let shown: string | null = null;
  const deps: TeamActionDeps<FakeWindow> = {
    // The user types each address in turn until one opens, then the prompt closes.
    askAddress: vi.fn(async (attempt: (origin: string) => Promise<string | null>) => {
      for (const origin of options.typed ?? []) {
        const answer = await attempt(origin);
        answers.push(answer);
        if (answer === null) return;
      }
    }),
    askProvider: vi.fn(options.provider ?? (async () => ({ status: 404, body: null }))),
    openWindow: vi.fn((fence: TeamFence) => {
      const origin = fence.server;
      fences.push(fence);
      events.push(`open ${origin}`);
      return { window: { origin }, loaded: options.loads?.(origin) ?? Promise.resolve() };
    }),
    showInPlace: vi.fn((window: FakeWindow, origin: string) => {
      events.push(`show ${window.origin}`);
      shown = origin;
    }),
    discard: vi.fn((window: FakeWindow) => events.push(`discard ${window.origin}`)),
    shownOrigin: () => shown,
    focus: vi.fn(),
    forgetSignIn: vi.fn(async (origin: string) => {
      events.push(`forget ${origin}`);
    }),
    showError: vi.fn(async () => undefined),
    recent: {
      addTeam: vi.fn(() => []),
      removeTeam: vi.fn(() => []),
    },
    onRecentChanged: vi.fn(),
    lang: () => 'nl',
  };
  return { deps, events, answers, fences, actions: createTeamActions(deps) };
}

const refused = (code: string) => Promise.reject(Object.assign(new Error(code), { code }));

describe('opening a team workspace', () => {
  it('asks, loads the server page hidden, then puts it in place and remembers the address', async () => {
    const { deps, events, answers, actions } = setup({ typed: ['https://coopfolio.gemeente.nl'] });
    await expect(actions.askAndOpen()).resolves.toBe('done');
    expect(answers).toEqual([null]);
    expect(events).toEqual(['open https://coopfolio.gemeente.nl', 'show https://coopfolio.gemeente.nl']);
    expect(deps.recent.addTeam).toHaveBeenCalledWith('https://coopfolio.gemeente.nl');
    expect(deps.onRecentChanged).toHaveBeenCalledOnce();
  });

  it('does nothing when the prompt is cancelled', async () => {
    const { deps, actions } = setup({ typed: [] });
    await expect(actions.askAndOpen()).resolves.toBe('cancelled');
    expect(deps.openWindow).not.toHaveBeenCalled();
  });

  it('says so when the prompt itself fails, and opens nothing', async () => {
    const { deps, actions } = setup();
    deps.askAddress = vi.fn(async () => {
      throw new Error('no window');
    });
    await expect(actions.askAndOpen()).resolves.toBe('failed');
    expect(deps.showError).toHaveBeenCalledWith('Er ging iets onverwachts mis: no window');
    expect(deps.openWindow).not.toHaveBeenCalled();
  });

  it('keeps what was open when the server cannot be reached, and says so with the address', async () => {
    const { deps, events, actions } = setup({ loads: () => refused('ERR_CONNECTION_REFUSED') });
    await expect(actions.openTeam('https://coopfolio.gemeente.nl')).resolves.toBe('failed');
    expect(events).toEqual(['open https://coopfolio.gemeente.nl', 'discard https://coopfolio.gemeente.nl']);
    expect(deps.showInPlace).not.toHaveBeenCalled();
    expect(deps.recent.addTeam).not.toHaveBeenCalled();
    expect(deps.showError).toHaveBeenCalledWith(
      expect.stringContaining('De teamserver op https://coopfolio.gemeente.nl is niet bereikbaar'),
    );
  });

  it('never goes on past a certificate error: the window is discarded and the reason named', async () => {
    const { deps, actions } = setup({ loads: () => refused('ERR_CERT_AUTHORITY_INVALID') });
    await expect(actions.openTeam('https://coopfolio.gemeente.nl')).resolves.toBe('failed');
    expect(deps.discard).toHaveBeenCalledOnce();
    expect(deps.showInPlace).not.toHaveBeenCalled();
    expect(deps.showError).toHaveBeenCalledWith(expect.stringContaining('certificaat'));
  });

  it('refuses an address from the recent list that breaks the rules, without opening anything', async () => {
    const { deps, actions } = setup();
    await expect(actions.openTeam('http://coopfolio.gemeente.nl')).resolves.toBe('failed');
    await expect(actions.openTeam('https://coopfolio.gemeente.nl/plans')).resolves.toBe('failed');
    expect(deps.openWindow).not.toHaveBeenCalled();
    expect(deps.showError).toHaveBeenCalledWith(expect.stringContaining('"Adres"'));
  });

  it('from the prompt, says why under the field and keeps asking until an address opens', async () => {
    const { deps, events, answers, actions } = setup({
      typed: ['https://down.gemeente.nl', 'https://coopfolio.gemeente.nl'],
      loads: (origin) => (origin.includes('down') ? refused('ERR_NAME_NOT_RESOLVED') : Promise.resolve()),
    });
    await expect(actions.askAndOpen()).resolves.toBe('done');
    expect(answers[0]).toContain('De teamserver op https://down.gemeente.nl is niet bereikbaar');
    expect(answers[1]).toBeNull();
    expect(deps.showError).not.toHaveBeenCalled();
    expect(events).toEqual([
      'open https://down.gemeente.nl',
      'discard https://down.gemeente.nl',
      'open https://coopfolio.gemeente.nl',
      'show https://coopfolio.gemeente.nl',
    ]);
    expect(deps.recent.addTeam).toHaveBeenCalledExactlyOnceWith('https://coopfolio.gemeente.nl');
  });

  it('from the prompt, a server that failed and a cancel leave everything as it was', async () => {
    const { deps, actions } = setup({
      typed: ['https://down.gemeente.nl'],
      loads: () => refused('ERR_CERT_DATE_INVALID'),
    });
    await expect(actions.askAndOpen()).resolves.toBe('cancelled');
    expect(deps.showInPlace).not.toHaveBeenCalled();
    expect(deps.recent.addTeam).not.toHaveBeenCalled();
  });

  it('only brings the window forward when that server is already shown', async () => {
    const { deps, actions } = setup();
    await actions.openTeam('https://coopfolio.gemeente.nl');
    await expect(actions.openTeam('https://coopfolio.gemeente.nl')).resolves.toBe('done');
    expect(deps.openWindow).toHaveBeenCalledOnce();
    expect(deps.focus).toHaveBeenCalledOnce();
  });

  it('opens one server at a time: a second request while one loads is dropped', async () => {
    let finish: () => void = () => undefined;
    const { deps, actions } = setup({ loads: () => new Promise<void>((resolve) => (finish = resolve)) });
    const first = actions.openTeam('https://a.gemeente.nl');
    await expect(actions.openTeam('https://b.gemeente.nl')).resolves.toBe('cancelled');
    finish();
    await expect(first).resolves.toBe('done');
    expect(deps.openWindow).toHaveBeenCalledOnce();
    // Once settled, another may open.
    const next = actions.openTeam('https://b.gemeente.nl');
    // The window opens once the server said which provider it has (a promise later).
    await vi.waitFor(() => expect(deps.openWindow).toHaveBeenCalledTimes(2));
    finish();
    await expect(next).resolves.toBe('done');
  });

  it('gives up on a server that never answers, names it unreachable, and lets the next open go', async () => {
    const { deps, actions } = setup({ loads: () => new Promise<void>(() => undefined) });
    deps.loadTimeoutMs = 20;
    await expect(actions.openTeam('https://coopfolio.gemeente.nl')).resolves.toBe('failed');
    expect(deps.discard).toHaveBeenCalledOnce();
    expect(deps.showError).toHaveBeenCalledWith(expect.stringContaining('niet bereikbaar (ERR_TIMED_OUT)'));
    await expect(actions.openTeam('https://coopfolio.gemeente.nl')).resolves.toBe('failed');
    expect(deps.openWindow).toHaveBeenCalledTimes(2);
  });

  it('forgets an address: off the list and its sign-in cleared', async () => {
    const { deps, events, actions } = setup();
    await actions.forget('https://coopfolio.gemeente.nl');
    expect(deps.recent.removeTeam).toHaveBeenCalledWith('https://coopfolio.gemeente.nl');
    expect(deps.onRecentChanged).toHaveBeenCalledOnce();
    expect(events).toEqual(['forget https://coopfolio.gemeente.nl']);
  });
});

describe('the fence of a team window', () => {
  const SERVER = 'https://coopfolio.gemeente.nl';
  const advertised = (origins: string[]) => async () => ({
    status: 200,
    body: { name: 'Gemeente Amsterdam', origins },
  });

  it('is the server alone when the server has no identity provider', async () => {
    const { fences, actions } = setup();
    await expect(actions.openTeam(SERVER)).resolves.toBe('done');
    expect(fences).toEqual([{ server: SERVER, provider: [] }]);
  });

  it('is the server alone when the server cannot be asked: the load then says why', async () => {
    const { fences, deps, actions } = setup({
      provider: () => Promise.reject(new Error('ERR_CONNECTION_REFUSED')),
      loads: () => refused('ERR_CONNECTION_REFUSED'),
    });
    await expect(actions.openTeam(SERVER)).resolves.toBe('failed');
    expect(fences).toEqual([{ server: SERVER, provider: [] }]);
    expect(deps.showError).toHaveBeenCalledWith(expect.stringContaining('niet bereikbaar'));
  });

  it('takes in the provider the server advertises, asked over the server before the window opens', async () => {
    const { fences, deps, actions } = setup({ provider: advertised(['https://login.gemeente.nl']) });
    await expect(actions.openTeam(SERVER)).resolves.toBe('done');
    expect(deps.askProvider).toHaveBeenCalledExactlyOnceWith(SERVER);
    expect(fences).toEqual([{ server: SERVER, provider: ['https://login.gemeente.nl'] }]);
  });

  it('refuses the workspace, naming the provider, when the provider is on plain http elsewhere', async () => {
    const { deps, actions } = setup({ provider: advertised(['http://login.gemeente.nl']) });
    await expect(actions.openTeam(SERVER)).resolves.toBe('failed');
    expect(deps.openWindow).not.toHaveBeenCalled();
    expect(deps.recent.addTeam).not.toHaveBeenCalled();
    expect(deps.showError).toHaveBeenCalledWith(
      expect.stringContaining('identiteitsprovider op "http://login.gemeente.nl"'),
    );
  });

  it('asks again at every open: a provider the server changed applies on reopen', async () => {
    let provider = 'https://login.gemeente.nl';
    const { fences, deps, actions } = setup({
      provider: async () => ({ status: 200, body: { name: 'Gemeente', origins: [provider] } }),
    });
    deps.shownOrigin = () => null;
    await actions.openTeam(SERVER);
    provider = 'https://sso.amsterdam.nl';
    await actions.openTeam(SERVER);
    expect(fences.map((fence) => fence.provider)).toEqual([
      ['https://login.gemeente.nl'],
      ['https://sso.amsterdam.nl'],
    ]);
  });
});

describe('a sign-in that leaves for another site', () => {
  function notice(answer: boolean) {
    const deps = {
      confirm: vi.fn(async (_message: string, _detail: string) => answer),
      openExternal: vi.fn(async () => undefined),
      lang: () => 'nl' as const,
    };
    return { deps, explain: createExternalSignInNotice(deps) };
  }

  it('explains why, naming both sites, and opens the team address (not the redirect) in the browser', async () => {
    const { deps, explain } = notice(true);
    await expect(
      explain('https://coopfolio.gemeente.nl', 'https://login.gemeente.nl/realms/x/auth?state=1'),
    ).resolves.toBe('opened');
    expect(deps.confirm).toHaveBeenCalledWith(
      'Aanmelden via login.gemeente.nl kan niet in het teamvenster.',
      expect.stringContaining('Het teamvenster toont alleen https://coopfolio.gemeente.nl'),
    );
    expect(deps.openExternal).toHaveBeenCalledExactlyOnceWith('https://coopfolio.gemeente.nl/');
  });

  it('opens nothing when the user cancels, and asks one question at a time', async () => {
    const { deps, explain } = notice(false);
    const first = explain('https://coopfolio.gemeente.nl', 'https://login.gemeente.nl/');
    await expect(explain('https://coopfolio.gemeente.nl', 'https://login.gemeente.nl/')).resolves.toBe(
      'busy',
    );
    await expect(first).resolves.toBe('cancelled');
    expect(deps.openExternal).not.toHaveBeenCalled();
    expect(deps.confirm).toHaveBeenCalledOnce();
  });
});
