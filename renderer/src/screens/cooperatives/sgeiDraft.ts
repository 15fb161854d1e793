/**
 * The cooperative's DAEB fields (issue 13) as the editor holds and checks them: whether it
 * is entrusted with a service of general economic interest, and per row of prior aid
 * whether that aid was SGEI de minimis aid. They sit on top of domain/cooperativeForm,
 * which knows every other field; the model's schema judges the whole cooperative.
 */
import type { CooperativeJson } from '../../../../src/model/cooperative';
import type { Lang } from '../../../../src/model/messages';
import type { Locale } from '../../../../src/model/settings';
import { cooperativeSchema } from '../../../../src/model/cooperative';
import {
  checkCooperativeDraft,
  cooperativeFields,
  draftFromCooperative,
  emptyAidRow,
  emptyCooperativeDraft,
  type AidRowDraft,
  type CooperativeDraft,
} from '../../domain/cooperativeForm';
import type { FormCheck } from '../../domain/issues';
import { checkCandidate } from '../../domain/schemaCheck';

export type SgeiAidRowDraft = AidRowDraft & { sgei: boolean };

export interface CooperativeEditorDraft extends Omit<CooperativeDraft, 'priorStateAid'> {
  sgei: boolean;
  priorStateAid: SgeiAidRowDraft[];
}

export function emptySgeiAidRow(): SgeiAidRowDraft {
  return { ...emptyAidRow(), sgei: false };
}

export function emptyCooperativeEditorDraft(): CooperativeEditorDraft {
  return { ...emptyCooperativeDraft(), sgei: false, priorStateAid: [] };
}

export function cooperativeEditorDraftOf(
  cooperative: CooperativeJson,
  locale: Locale,
): CooperativeEditorDraft {
  const base = draftFromCooperative(cooperative, locale);
  const prior = cooperative.priorStateAid ?? [];
  return {
    ...base,
    sgei: cooperative.sgei ?? false,
    // The base draft keeps the rows in the stored order, so row i is stored row i.
    priorStateAid: base.priorStateAid.map((row, i) => ({ ...row, sgei: prior[i]?.sgei ?? false })),
  };
}

export function cooperativeEditorFields(draft: CooperativeEditorDraft): ReadonlySet<string> {
  const fields = new Set(cooperativeFields(draft));
  fields.add('sgei');
  draft.priorStateAid.forEach((_, i) => fields.add(`priorStateAid[${i}].sgei`));
  return fields;
}

/**
 * The base check judges every other field; a tick box cannot be wrong on its own, so
 * the flags are added to its value and the whole cooperative is judged once more, the
 * way the host will judge it.
 */
export function checkCooperativeEditorDraft(
  draft: CooperativeEditorDraft,
  lang: Lang,
  locale: Locale,
): FormCheck<CooperativeJson> {
  const base = checkCooperativeDraft(draft, lang, locale);
  if (!base.ok) return base;
  const candidate = {
    ...base.value,
    sgei: draft.sgei,
    priorStateAid: (base.value.priorStateAid ?? []).map((row, i) => ({
      ...row,
      sgei: draft.priorStateAid[i]?.sgei ?? false,
    })),
  };
  return checkCandidate(cooperativeSchema, candidate, [], lang);
}
