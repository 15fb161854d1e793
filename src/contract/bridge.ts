import type { Lang } from '../model/messages';
import type { OperationInput, OperationName, OperationOutput } from './operations';
import type { Result } from './result';

/** One function per contract operation, as the desktop preload exposes them. */
export type BridgeApi = {
  [N in OperationName]: (input: OperationInput<N>, lang: Lang) => Promise<Result<OperationOutput<N>>>;
};

/** `window.coopfolio` in the desktop app (absent in the browser host). */
export interface DesktopBridge {
  readonly host: 'desktop';
  readonly api: BridgeApi;
  /** Called after the main process opened another workspace (File > Open, Save As, recent). */
  onWorkspaceChanged(listener: () => void): () => void;
}

/** The browser host's HTTP protocol, shared by server and renderer. */
export const HTTP_API_PREFIX = '/api/';
/** The team server's stream of change notices (server-sent events; docs/team.md "Live"). */
export const HTTP_EVENTS_PATH = `${HTTP_API_PREFIX}events`;
export const TOKEN_HEADER = 'x-coopfolio-token';
export const LANG_HEADER = 'x-coopfolio-lang';
/** The server writes the per-launch token into index.html as `<meta name="coopfolio-token" content="...">`. */
export const TOKEN_META_NAME = 'coopfolio-token';
export const IPC_CHANNEL_PREFIX = 'coopfolio:';
export const WORKSPACE_CHANGED_CHANNEL = 'coopfolio-event:workspace-changed';
