import type { Lang } from '../model/messages';
import type { WorkspaceStore } from '../storage/types';
import type { ScenarioJobs } from './jobs';

/** What a handler may use. The session can switch files (desktop Open), so the store is looked up per call. */
export interface Services {
  store(): WorkspaceStore;
  /**
   * The host's background scenario runs (`scenario.start`, `.job`, `.cancel`). Every
   * session has them; a host without them answers those operations with an internal error.
   */
  scenarioJobs?(): ScenarioJobs;
}

export interface CallContext {
  lang: Lang;
}

export function isLang(value: unknown): value is Lang {
  return value === 'nl' || value === 'en';
}
