import type { ImportMessageKey } from './messages';
import type { MessageKey } from '../model/messages';

/** Why a file could not be read at all (before any row is looked at). */
export interface FileProblem {
  key: ImportMessageKey | MessageKey;
  params: Record<string, unknown>;
}

export interface ReadFailure {
  ok: false;
  problems: FileProblem[];
  /** A workbook's sheet names, when it could be opened (so another sheet can be chosen). */
  sheets?: string[];
}
