/**
 * One `ipcMain.handle` per contract operation, nothing else. Every handler checks
 * the sender, settles the language, and lets `invoke` parse the input with the
 * operation's schema. A `Result` always comes back: a throwing handler would lose
 * its error detail crossing IPC.
 */
import { IPC_CHANNEL_PREFIX } from '../src/contract/bridge';
import { isLang, type CallContext, type Services } from '../src/api/context';
import { OPERATION_NAMES, type OperationName } from '../src/contract/operations';
import type { Result } from '../src/contract/result';
import type { Lang } from '../src/model/messages';
import type { FrameLike } from './guards';
import { shellMessage } from './messages';

export interface InvokeEventLike {
  readonly senderFrame: FrameLike | null;
}

type IpcListener = (event: InvokeEventLike, ...args: unknown[]) => Promise<Result<unknown>>;

/** The part of Electron's `ipcMain` used here; a test passes a collecting fake. */
export interface IpcMainLike {
  handle(channel: string, listener: IpcListener): void;
  removeHandler(channel: string): void;
}

export type InvokeFn = (
  services: Services,
  name: string,
  rawInput: unknown,
  context: CallContext,
) => Promise<Result<unknown>>;

export interface IpcDeps {
  ipcMain: IpcMainLike;
  services: Services;
  invoke: InvokeFn;
  isTrustedSender(event: InvokeEventLike): boolean;
  /** Told the language of each accepted call, so menus and dialogs can follow the UI. */
  onLang?(lang: Lang): void;
  onRefused?(channel: string, senderUrl: string | null): void;
}

export const DEFAULT_LANG: Lang = 'nl';

export function channelFor(name: OperationName): string {
  return `${IPC_CHANNEL_PREFIX}${name}`;
}

export function langOrDefault(value: unknown): Lang {
  return isLang(value) ? value : DEFAULT_LANG;
}

export async function handleOperationCall(
  deps: IpcDeps,
  name: OperationName,
  event: InvokeEventLike,
  rawInput: unknown,
  rawLang: unknown,
): Promise<Result<unknown>> {
  const lang = langOrDefault(rawLang);
  if (!deps.isTrustedSender(event)) {
    deps.onRefused?.(channelFor(name), event.senderFrame?.url ?? null);
    return { ok: false, error: { code: 'internal', message: shellMessage(lang, 'ipcRefused') } };
  }
  deps.onLang?.(lang);
  try {
    return await deps.invoke(deps.services, name, rawInput, { lang });
  } catch (error) {
    // invoke promises never to throw; this keeps the promise even if that breaks.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message: shellMessage(lang, 'unexpected', { detail }) } };
  }
}

/** Registers the handlers and returns a function that removes exactly those. */
export function registerOperationHandlers(deps: IpcDeps): () => void {
  const channels = OPERATION_NAMES.map((name) => {
    const channel = channelFor(name);
    deps.ipcMain.handle(channel, (event, rawInput, rawLang) =>
      handleOperationCall(deps, name, event, rawInput, rawLang),
    );
    return channel;
  });
  return () => {
    for (const channel of channels) deps.ipcMain.removeHandler(channel);
  };
}
