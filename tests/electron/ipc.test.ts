import { describe, expect, it, vi } from 'vitest';
import type { Services } from '../../src/api/context';
import { invoke } from '../../src/api/invoke';
import { OPERATION_NAMES } from '../../src/contract/operations';
import type { Result } from '../../src/contract/result';
import type { FrameLike } from '../../electron/guards';
import {
  channelFor,
  registerOperationHandlers,
  type InvokeEventLike,
  type InvokeFn,
  type IpcDeps,
} from '../../electron/ipc';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<Result<unknown>>;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    handle: vi.fn((channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    }),
    removeHandler: vi.fn((channel: string) => {
      handlers.delete(channel);
    }),
  };
}

/** Services that fail the test if a handler ever reaches storage. */
const untouchable: Services = {
  store() {
    throw new Error('storage must not be touched');
  },
};

const appFrame: FrameLike = { url: 'app://coopfolio/index.html', parent: null, processId: 1, routingId: 1 };
const trustedEvent: InvokeEventLike = { senderFrame: appFrame };

function setup(overrides: Partial<IpcDeps> = {}) {
  const ipcMain = fakeIpcMain();
  const spyInvoke = vi.fn<InvokeFn>(async () => ({ ok: true, value: 'from invoke' }));
  const deps: IpcDeps = {
    ipcMain,
    services: untouchable,
    invoke: spyInvoke,
    isTrustedSender: (event) => event.senderFrame === appFrame,
    ...overrides,
  };
  const unregister = registerOperationHandlers(deps);
  const call = (name: string, event: InvokeEventLike, ...args: unknown[]) => {
    const listener = ipcMain.handlers.get(`coopfolio:${name}`);
    if (listener === undefined) throw new Error(`no handler for ${name}`);
    return listener(event, ...args);
  };
  return { ipcMain, spyInvoke, unregister, call };
}

describe('IPC registration', () => {
  it('registers exactly one handler per contract operation on coopfolio:<name>, and nothing else', () => {
    const { ipcMain } = setup();
    const expected = OPERATION_NAMES.map((name) => `coopfolio:${name}`).sort();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(expected);
    expect(ipcMain.handle).toHaveBeenCalledTimes(OPERATION_NAMES.length);
    for (const channel of ipcMain.handlers.keys()) expect(channel.startsWith('coopfolio:')).toBe(true);
  });

  it('registers no channel for names outside the contract', () => {
    const { ipcMain } = setup();
    for (const channel of ['coopfolio:storage.raw', 'coopfolio:__proto__', 'coopfolio:', 'workspace.info']) {
      expect(ipcMain.handlers.has(channel)).toBe(false);
    }
  });

  it('removes exactly its own handlers', () => {
    const { ipcMain, unregister } = setup();
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
    expect(ipcMain.removeHandler).toHaveBeenCalledTimes(OPERATION_NAMES.length);
  });

  it('names channels with the contract prefix', () => {
    expect(channelFor('plans.list')).toBe('coopfolio:plans.list');
  });
});

describe('IPC calls', () => {
  it('passes a trusted call to invoke with the operation name, the input and the language', async () => {
    const { call, spyInvoke } = setup();
    await expect(call('plans.list', trustedEvent, {}, 'en')).resolves.toEqual({
      ok: true,
      value: 'from invoke',
    });
    expect(spyInvoke).toHaveBeenCalledWith(untouchable, 'plans.list', {}, { lang: 'en' });
  });

  it('answers a foreign sender with an error Result without calling invoke', async () => {
    const onRefused = vi.fn();
    const { call, spyInvoke } = setup({ onRefused });
    const iframe: InvokeEventLike = {
      senderFrame: { ...appFrame, url: 'https://evil.example/', routingId: 9 },
    };
    const result = await call('workspace.get', iframe, {}, 'en');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/refused/i);
    expect(spyInvoke).not.toHaveBeenCalled();
    expect(onRefused).toHaveBeenCalledWith('coopfolio:workspace.get', 'https://evil.example/');
  });

  it('refuses a call whose sender frame is gone', async () => {
    const { call, spyInvoke } = setup();
    const result = await call('workspace.info', { senderFrame: null }, {}, 'nl');
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(spyInvoke).not.toHaveBeenCalled();
  });

  it.each([undefined, null, 'de', 'EN', 42, { lang: 'en' }])(
    'falls back to Dutch for language %j',
    async (lang) => {
      const { call, spyInvoke } = setup();
      await call('plans.list', trustedEvent, {}, lang);
      expect(spyInvoke).toHaveBeenCalledWith(untouchable, 'plans.list', {}, { lang: 'nl' });
    },
  );

  it('ignores arguments beyond input and language', async () => {
    const { call, spyInvoke } = setup();
    await call('plans.list', trustedEvent, {}, 'en', 'extra', { more: true });
    expect(spyInvoke).toHaveBeenCalledWith(untouchable, 'plans.list', {}, { lang: 'en' });
  });

  it('turns a throwing invoke into an internal error Result', async () => {
    const { call } = setup({ invoke: vi.fn<InvokeFn>(async () => Promise.reject(new Error('boom'))) });
    await expect(call('plans.list', trustedEvent, {}, 'en')).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('boom') },
    });
  });

  it('reports the language of accepted calls only', async () => {
    const onLang = vi.fn();
    const { call } = setup({ onLang });
    await call('plans.list', trustedEvent, {}, 'en');
    await call('plans.list', { senderFrame: null }, {}, 'nl');
    expect(onLang.mock.calls).toEqual([['en']]);
  });
});

describe('IPC with the real contract', () => {
  function realSetup() {
    return setup({ invoke });
  }

  it('rejects a wrongly typed input as invalid-input with located issues, before storage', async () => {
    const { call } = realSetup();
    const result = await call('cooperatives.delete', trustedEvent, { id: 42 }, 'en');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.issues?.[0]?.pathText).toBe('id');
  });

  it('rejects unknown keys and prototype keys as invalid-input', async () => {
    const { call } = realSetup();
    const extra = await call('workspace.info', trustedEvent, { sneaky: true }, 'nl');
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const proto = await call('workspace.info', trustedEvent, JSON.parse('{"__proto__": {"x": 1}}'), 'en');
    expect(proto).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('localises validation messages in the requested language and defaults to Dutch', async () => {
    const { call } = realSetup();
    const en = await call('cooperatives.delete', trustedEvent, {}, 'en');
    const nl = await call('cooperatives.delete', trustedEvent, {}, 'fr');
    expect(en.ok || en.error.message).toMatch(/required/);
    expect(nl.ok || nl.error.message).toMatch(/verplicht/);
  });

  it('returns the error of a failing store as a Result instead of throwing across IPC', async () => {
    const { call } = realSetup();
    const result = await call('plans.list', trustedEvent, {}, 'en');
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
