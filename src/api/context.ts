import type { Lang } from '../model/messages';
import type { WorkspaceStore } from '../storage/types';

/** What a handler may use. The session can switch files (desktop Open), so the store is looked up per call. */
export interface Services {
  store(): WorkspaceStore;
  /** Replaces the open workspace's content with an imported one (one transaction). */
}

export interface CallContext {
  lang: Lang;
}

export function isLang(value: unknown): value is Lang {
  return value === 'nl' || value === 'en';
}
