import {
  cooperativeSchema,
  type CooperativeJson,
  type LEGAL_FORMS,
  type PARTNERSHIPS,
  type Sector,
  type Stage,
} from '../../../src/model/cooperative';
import type { Lang } from '../../../src/model/messages';
import type { Locale } from '../../../src/model/settings';
import { amountIssues, modelIssue, type FormCheck, type FormIssue } from './issues';
import { entryValue, formatAmountInput, parseNumberEntry } from './numbers';
import { newRowKey } from './rows';
import { checkCandidate } from './schemaCheck';

export type LegalForm = (typeof LEGAL_FORMS)[number];
export type Partnership = (typeof PARTNERSHIPS)[number];

export interface AidRowDraft {
  key: string;
  year: string;
  amount: string;
}

/** The editor's state: what is typed, before it is a cooperative. */
export interface CooperativeDraft {
  id: string;
  name: string;
  sector: Sector | '';
  district: string;
  legalForm: LegalForm;
  stage: Stage | '';
  members: string;
  foundedYear: string;
  partnership: Partnership;
  priorStateAid: AidRowDraft[];
}

export function emptyCooperativeDraft(): CooperativeDraft {
  return {
    id: '',
    name: '',
    sector: '',
    district: '',
    legalForm: 'cooperatie-ua',
    stage: '',
    members: '',
    foundedYear: '',
    partnership: 'none',
    priorStateAid: [],
  };
}

export function emptyAidRow(): AidRowDraft {
  return { key: newRowKey(), year: '', amount: '' };
}

export function draftFromCooperative(cooperative: CooperativeJson, locale: Locale): CooperativeDraft {
  return {
    id: cooperative.id,
    name: cooperative.name,
    sector: cooperative.sector,
    district: cooperative.district ?? '',
    legalForm: cooperative.legalForm,
    stage: cooperative.stage,
    members: String(cooperative.members),
    foundedYear: cooperative.foundedYear === undefined ? '' : String(cooperative.foundedYear),
    partnership: cooperative.partnership ?? 'none',
    priorStateAid: (cooperative.priorStateAid ?? []).map((row) => ({
      key: newRowKey(),
      year: String(row.year),
      amount: formatAmountInput(row.amount, locale),
    })),
  };
}

/** Fields the editor shows, named by JSON path, so any issue can be placed beside its input. */
export function cooperativeFields(draft: CooperativeDraft): ReadonlySet<string> {
  const fields = [
    'id',
    'name',
    'sector',
    'district',
    'legalForm',
    'stage',
    'members',
    'foundedYear',
    'partnership',
    'priorStateAid',
  ];
  draft.priorStateAid.forEach((_, i) =>
    fields.push(`priorStateAid[${i}].year`, `priorStateAid[${i}].amount`),
  );
  return new Set(fields);
}

/** Turns the draft into the JSON form and checks it with the model's schema. */
export function checkCooperativeDraft(
  draft: CooperativeDraft,
  lang: Lang,
  locale: Locale,
): FormCheck<CooperativeJson> {
  const local: FormIssue[] = [];
  const rows = draft.priorStateAid.map((row, i) => {
    const amount = parseNumberEntry(row.amount, locale);
    local.push(...amountIssues(amount, ['priorStateAid', i, 'amount']));
    return { year: entryValue(parseNumberEntry(row.year, locale)), amount: entryValue(amount) };
  });
  // An unchosen list is "required", not "must be one of ..." (which the schema would say).
  if (draft.sector === '') local.push(modelIssue(['sector'], 'required'));
  if (draft.stage === '') local.push(modelIssue(['stage'], 'required'));
  const candidate: Record<string, unknown> = {
    id: draft.id.trim() === '' ? undefined : draft.id.trim(),
    name: draft.name,
    sector: draft.sector === '' ? undefined : draft.sector,
    legalForm: draft.legalForm,
    stage: draft.stage === '' ? undefined : draft.stage,
    members: entryValue(parseNumberEntry(draft.members, locale)),
    partnership: draft.partnership,
    priorStateAid: rows,
  };
  if (draft.district.trim() !== '') candidate['district'] = draft.district;
  const founded = entryValue(parseNumberEntry(draft.foundedYear, locale));
  if (founded !== undefined) candidate['foundedYear'] = founded;

  return checkCandidate(cooperativeSchema, candidate, local, lang);
}
