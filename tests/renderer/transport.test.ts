import { describe, expect, it } from 'vitest';
import { LANG_HEADER, TOKEN_HEADER, type BridgeApi } from '../../src/contract/bridge';
import { OPERATION_NAMES } from '../../src/contract/operations';
import { createApi } from '../../renderer/src/api/client';
import {
  bridgeTransport,
  httpTransport,
  isResultShape,
  type DescribeFailure,
  type Transport,
} from '../../renderer/src/api/transport';

const describeFailure: DescribeFailure = (kind, lang, detail) => `${kind}/${lang}/${detail}`;

function fakeFetch(respond: (url: string, init: RequestInit) => Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchFn = ((url: string, init: RequestInit) => {
    calls.push({ url, init });
    return respond(url, init);
  }) as typeof fetch;
  return { calls, fetchFn };
}

describe('the HTTP transport', () => {
  it('posts the input as JSON with the token and the language', async () => {
    const { calls, fetchFn } = fakeFetch(async () => Response.json({ ok: true, value: [] }));
    const send = httpTransport(fetchFn, 'secret', describeFailure);
    const result = await send('cooperatives.list', {}, 'en');
    expect(result).toEqual({ ok: true, value: [] });
    expect(calls[0]?.url).toBe('/api/cooperatives.list');
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.body).toBe('{}');
    const headers = calls[0]?.init.headers as Record<string, string>;
    expect(headers[TOKEN_HEADER]).toBe('secret');
    expect(headers[LANG_HEADER]).toBe('en');
  });

  it('passes the host’s refusal through unchanged', async () => {
    const refusal = { ok: false, error: { code: 'in-use', message: 'Wordt gebruikt door 2 plannen.' } };
    const { fetchFn } = fakeFetch(async () => Response.json(refusal, { status: 409 }));
    expect(
      await httpTransport(fetchFn, null, describeFailure)('cooperatives.delete', { id: 'x' }, 'nl'),
    ).toEqual(refusal);
  });

  it('turns a network failure into an error result instead of a rejection', async () => {
    const { fetchFn } = fakeFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    const result = await httpTransport(fetchFn, null, describeFailure)('workspace.info', {}, 'nl');
    expect(result).toEqual({ ok: false, error: { code: 'io', message: 'network/nl/Failed to fetch' } });
  });

  it('turns a body that is not a Result into an error result', async () => {
    const { fetchFn } = fakeFetch(async () => new Response('<html>proxy error</html>', { status: 502 }));
    const result = await httpTransport(fetchFn, null, describeFailure)('workspace.info', {}, 'en');
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'bad-response/en/HTTP 502' } });
    const { fetchFn: odd } = fakeFetch(async () => Response.json({ hello: 1 }));
    expect((await httpTransport(odd, null, describeFailure)('workspace.info', {}, 'en')).ok).toBe(false);
  });

  it('recognises Result bodies', () => {
    expect(isResultShape({ ok: true, value: null })).toBe(true);
    expect(isResultShape({ ok: false, error: { code: 'internal', message: 'x' } })).toBe(true);
    expect(isResultShape({ ok: false, error: 'x' })).toBe(false);
    expect(isResultShape(null)).toBe(false);
  });
});

describe('the desktop transport', () => {
  it('turns a failing bridge call into an error result', async () => {
    const bridge = new Proxy({} as BridgeApi, {
      get: () => () => Promise.reject(new Error('channel closed')),
    });
    const result = await bridgeTransport(bridge, describeFailure)('plans.list', {}, 'en');
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'bridge/en/channel closed' } });
  });
});

describe('the client', () => {
  it('has one function per contract operation and sends the current language', async () => {
    const seen: string[] = [];
    const transport: Transport = async (name, _input, lang) => {
      seen.push(`${name}:${lang}`);
      return { ok: false, error: { code: 'internal', message: 'test' } };
    };
    let lang: 'nl' | 'en' = 'nl';
    const api = createApi(transport, () => lang);
    for (const name of OPERATION_NAMES) {
      const [group = '', method = ''] = name.split('.');
      const fn = (api as unknown as Record<string, Record<string, unknown>>)[group]?.[method];
      expect(typeof fn, name).toBe('function');
    }
    await api.cooperatives.list({});
    lang = 'en';
    await api.workspace.info({});
    expect(seen).toEqual(['cooperatives.list:nl', 'workspace.info:en']);
  });
});
