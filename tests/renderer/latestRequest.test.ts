import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/contract/result';
import { createLatestRequest, viewFor } from '../../renderer/src/state/latestRequest';

/** A host whose answers the test releases one by one, in any order. */
function controlledHost() {
  const calls: { input: string; answer: (result: Result<string>) => void }[] = [];
  const run = (input: string) =>
    new Promise<Result<string>>((resolve) => calls.push({ input, answer: resolve }));
  return { calls, run };
}

const ok = (value: string): Result<string> => ({ ok: true, value });
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('asking the host for the newest result only', () => {
  it('numbers every request and shows the answer once it is in', async () => {
    const host = controlledHost();
    const store = createLatestRequest(host.run);
    expect(store.request('a', 'key-a')).toBe(1);
    expect(viewFor(store.getState(), 'key-a')).toEqual({ value: null, updating: true, error: null });
    host.calls[0]!.answer(ok('A'));
    await flush();
    expect(viewFor(store.getState(), 'key-a')).toEqual({ value: 'A', updating: false, error: null });
  });

  it('drops an older answer that arrives after a newer request was sent', async () => {
    const host = controlledHost();
    const store = createLatestRequest(host.run);
    store.request('first edit', 'k1');
    store.request('second edit', 'k2');
    host.calls[1]!.answer(ok('second'));
    await flush();
    host.calls[0]!.answer(ok('first'));
    await flush();
    expect(store.getState().value).toBe('second');
    expect(viewFor(store.getState(), 'k2').updating).toBe(false);
  });

  it('keeps the last result marked as updating while the newest request is outstanding', async () => {
    const host = controlledHost();
    const store = createLatestRequest(host.run);
    store.request('v1', 'k1');
    host.calls[0]!.answer(ok('one'));
    await flush();
    store.request('v2', 'k2');
    host.calls[0]!.answer(ok('late repeat'));
    await flush();
    expect(viewFor(store.getState(), 'k2')).toEqual({ value: 'one', updating: true, error: null });
    host.calls[1]!.answer(ok('two'));
    await flush();
    expect(viewFor(store.getState(), 'k2')).toEqual({ value: 'two', updating: false, error: null });
  });

  it('never calls a value current for an input it was not asked for yet', async () => {
    const host = controlledHost();
    const store = createLatestRequest(host.run);
    store.request('v1', 'k1');
    host.calls[0]!.answer(ok('one'));
    await flush();
    // The screen shows a newer state before its request went out (between render and effect).
    expect(viewFor(store.getState(), 'k2').updating).toBe(true);
  });

  it('reports a failed newest request and keeps the older value, which is then not current', async () => {
    const host = controlledHost();
    const store = createLatestRequest(host.run);
    store.request('v1', 'k1');
    host.calls[0]!.answer(ok('one'));
    await flush();
    store.request('v2', 'k2');
    host.calls[1]!.answer({ ok: false, error: { code: 'internal', message: 'solver crashed' } });
    await flush();
    const view = viewFor(store.getState(), 'k2');
    expect(view.value).toBe('one');
    expect(view.error?.message).toBe('solver crashed');
    expect(store.getState().valueKey).toBe('k1');
  });

  it('ignores the failure of a request that a newer one replaced', async () => {
    const host = controlledHost();
    const store = createLatestRequest(host.run);
    store.request('v1', 'k1');
    store.request('v2', 'k2');
    host.calls[0]!.answer({ ok: false, error: { code: 'internal', message: 'old' } });
    await flush();
    expect(viewFor(store.getState(), 'k2')).toEqual({ value: null, updating: true, error: null });
  });

  it('tells subscribers about every change', async () => {
    const host = controlledHost();
    const store = createLatestRequest(host.run);
    let changes = 0;
    const unsubscribe = store.subscribe(() => (changes += 1));
    store.request('v1', 'k1');
    host.calls[0]!.answer(ok('one'));
    await flush();
    unsubscribe();
    store.request('v2', 'k2');
    expect(changes).toBe(2);
  });
});
