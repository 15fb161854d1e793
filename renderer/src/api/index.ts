import { TOKEN_META_NAME } from '../../../src/contract/bridge';
import { currentLang, i18n } from '../i18n/i18n';
import { createApi, type Api } from './client';
import { bridgeTransport, httpTransport, type DescribeFailure, type Transport } from './transport';

export type { Api } from './client';
export { useWorkspaceChanged } from './useWorkspaceChanged';
export { useLiveChanges } from './useLiveChanges';

const describeFailure: DescribeFailure = (kind, lang, detail) =>
  i18n.t(`errors.transport.${kind}`, { lng: lang, detail });

function readToken(): string | null {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META_NAME}"]`);
  return meta?.content ?? null;
}

function pickTransport(): Transport {
  const bridge = window.coopfolio;
  if (bridge !== undefined) return bridgeTransport(bridge.api, describeFailure);
  return httpTransport(window.fetch.bind(window), readToken(), describeFailure);
}

/** The app's one client: IPC in the desktop app, HTTP in the browser host. */
export const api: Api = createApi(pickTransport(), currentLang);
