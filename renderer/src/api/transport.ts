import { HTTP_API_PREFIX, LANG_HEADER, TOKEN_HEADER, type BridgeApi } from '../../../src/contract/bridge';
import type { OperationInput, OperationName, OperationOutput } from '../../../src/contract/operations';
import type { ApiError, Result } from '../../../src/contract/result';
import type { Lang } from '../../../src/model/messages';

/** Sends one operation to a host and always settles with a `Result`, never a rejection. */
export type Transport = <N extends OperationName>(
  name: N,
  input: OperationInput<N>,
  lang: Lang,
) => Promise<Result<OperationOutput<N>>>;

/** Why a call never reached a handler; the UI words it in the current language. */
export type FailureKind = 'network' | 'bad-response' | 'bridge';
export type DescribeFailure = (kind: FailureKind, lang: Lang, detail: string) => string;

function failure(code: ApiError['code'], message: string): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message } };
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A body shaped like the contract's `Result` (the host always answers with one, even for errors). */
export function isResultShape(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const record = body as Record<string, unknown>;
  if (record['ok'] === true) return 'value' in record;
  if (record['ok'] !== false) return false;
  const error = record['error'];
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as Record<string, unknown>)['message'] === 'string' &&
    typeof (error as Record<string, unknown>)['code'] === 'string'
  );
}

/** The browser host: `POST /api/<name>` with the per-launch token and the language in headers. */
export function httpTransport(
  fetchFn: typeof fetch,
  token: string | null,
  describe: DescribeFailure,
): Transport {
  async function call<N extends OperationName>(
    name: N,
    input: OperationInput<N>,
    lang: Lang,
  ): Promise<Result<OperationOutput<N>>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', [LANG_HEADER]: lang };
    if (token !== null) headers[TOKEN_HEADER] = token;
    let response: Response;
    try {
      response = await fetchFn(`${HTTP_API_PREFIX}${name}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input),
      });
    } catch (error) {
      return failure('io', describe('network', lang, detailOf(error)));
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return failure('internal', describe('bad-response', lang, `HTTP ${response.status}`));
    }
    if (!isResultShape(body)) {
      return failure('internal', describe('bad-response', lang, `HTTP ${response.status}`));
    }
    // The host's handler encoded the value with this operation's output schema.
    return body as Result<OperationOutput<N>>;
  }
  return call;
}

/** The desktop app: the preload's bridge function for the operation (IPC underneath). */
export function bridgeTransport(bridge: BridgeApi, describe: DescribeFailure): Transport {
  async function call<N extends OperationName>(
    name: N,
    input: OperationInput<N>,
    lang: Lang,
  ): Promise<Result<OperationOutput<N>>> {
    try {
      const send: BridgeApi[N] = bridge[name];
      return await send(input, lang);
    } catch (error) {
      return failure('internal', describe('bridge', lang, detailOf(error)));
    }
  }
  return call;
}
