import { translate, type Lang } from '../i18n';

/** The contract's own sentences (namespace `errors`), the ones handlers and invoke say. */
export type ApiMessageKey =
  | 'invalidInput'
  | 'unknownOperation'
  | 'internal'
  | 'solverFailed'
  | 'scenarioNotFound'
  | 'cancelled'
  | 'reportInput'
  | 'runTooLarge'
  | 'runFailed'
  | 'blendFailed'
  | 'reportFailed'
  | 'cannotOpenFolder'
  | 'backupsNotConfigurable'
  | 'backupsNeedFile'
  | 'cannotRestoreHere'
  | 'nothingToRestore'
  | 'forbidden'
  | 'noAccounts';

export function apiMessage(lang: Lang, key: ApiMessageKey, params: Record<string, string> = {}): string {
  return translate(lang, `errors:${key}`, params);
}
