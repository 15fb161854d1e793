/**
 * The stream fields of issue 13 (borgstelling, revolverend fonds, DAEB, peildatum and
 * bron) as the editor holds and checks them. They sit on top of the draft and check of
 * domain/streamDraft and domain/streamCheck, which know every other field: the editor
 * works with the combined draft, and the model's schema still has the final word on the
 * whole stream, so a rule that spans old and new fields (no minimum award on a
 * guarantee) is judged once, the same way the host judges it.
 */
import type { IssuePath } from '../../../../src/model/issues';
import type { Lang } from '../../../../src/model/messages';
import { parseWith } from '../../../../src/model/parse';
import type { Locale } from '../../../../src/model/settings';
import { fundingStreamSchema, type BudgetNature, type FundingStreamJson } from '../../../../src/model/stream';
import {
  dedupeIssues,
  fromValidationIssue,
  modelIssue,
  type FormCheck,
  type FormIssue,
} from '../../domain/issues';
import { entryValue, formatPercentInput, parseNumberEntry, percentEntryValue } from '../../domain/numbers';
import { checkCandidate } from '../../domain/schemaCheck';
import { checkStreamDraft, inPercent, remapStreamPath, streamFields } from '../../domain/streamCheck';
import { draftFromStream, emptyStreamDraft, type StreamDraft } from '../../domain/streamDraft';

/** The new fields as typed. Percent fields hold percentages ("80"), as elsewhere in the editor. */
export interface StreamTermsDraft {
  /** Loans only: share of each draw a guarantee must back; empty = none needed. */
  loanGuaranteeRequired: string;
  revolving: boolean;
  revolvingInterest: boolean;
  guaranteeBacks: string[];
  guaranteeShare: string;
  guaranteeTermYears: string;
  guaranteeCallRate: string;
  sgei: boolean;
  /** `YYYY-MM-DD` as the date input gives it; empty = no peildatum. */
  termsDate: string;
  source: string;
  /** Whole weeks as typed; empty = the week view's default. */
  decisionWeeks: string;
  /** `YYYY-MM-DD` or empty: no application round. */
  applicationDeadline: string;
  /** Structural or one-off money; empty = the default that follows the years (`budgetNatureOf`). */
  budgetNature: BudgetNature | '';
}

export type StreamEditorDraft = StreamDraft & StreamTermsDraft;

const TERMS_FIELDS = [
  'loan.guaranteeRequired',
  'revolving',
  'revolvingInterest',
  'guarantee',
  'guarantee.backs',
  'guarantee.share',
  'guarantee.termYears',
  'guarantee.callRate',
  'sgei',
  'termsDate',
  'source',
  'decisionWeeks',
  'applicationDeadline',
  'budgetNature',
] as const;

export function emptyStreamEditorDraft(): StreamEditorDraft {
  return {
    ...emptyStreamDraft(),
    loanGuaranteeRequired: '',
    revolving: false,
    revolvingInterest: false,
    guaranteeBacks: [],
    guaranteeShare: '',
    guaranteeTermYears: '',
    guaranteeCallRate: '',
    sgei: false,
    termsDate: '',
    source: '',
    decisionWeeks: '',
    applicationDeadline: '',
    budgetNature: '',
  };
}

export function streamEditorDraftOf(stream: FundingStreamJson, locale: Locale): StreamEditorDraft {
  const percent = (fraction: number | undefined) =>
    fraction === undefined ? '' : formatPercentInput(fraction, locale);
  const guarantee = stream.guarantee;
  return {
    ...draftFromStream(stream, locale),
    loanGuaranteeRequired: percent(stream.loan?.guaranteeRequired),
    revolving: stream.revolving ?? false,
    revolvingInterest: stream.revolvingInterest ?? false,
    guaranteeBacks: [...(guarantee?.backs ?? [])],
    guaranteeShare: percent(guarantee?.share),
    guaranteeTermYears: guarantee === undefined ? '' : String(guarantee.termYears),
    guaranteeCallRate: percent(guarantee?.callRate),
    sgei: stream.sgei ?? false,
    termsDate: stream.termsDate ?? '',
    source: stream.source ?? '',
    decisionWeeks: stream.decisionWeeks === undefined ? '' : String(stream.decisionWeeks),
    applicationDeadline: stream.applicationDeadline ?? '',
    budgetNature: stream.budgetNature ?? '',
  };
}

export function streamEditorFields(draft: StreamEditorDraft): ReadonlySet<string> {
  return new Set([...streamFields(draft), ...TERMS_FIELDS]);
}

export const remapStreamEditorPath: (path: IssuePath, draft: StreamEditorDraft, locale: Locale) => IssuePath =
  remapStreamPath;

interface TermsPart {
  /** Top-level fields of the stream. */
  fields: Record<string, unknown>;
  /** Fields inside `loan` (loans only). */
  loan: Record<string, unknown>;
}

/**
 * The new fields as the stream's JSON form. Fields of another kind are left out, as the
 * base check leaves out a non-loan's loan terms: ticking "revolving" and then choosing
 * "grant" must not block the save with an error on a field that is no longer shown.
 */
function termsPart(draft: StreamEditorDraft, locale: Locale): TermsPart {
  const number = (text: string) => entryValue(parseNumberEntry(text, locale));
  const percent = (text: string) => percentEntryValue(parseNumberEntry(text, locale));
  const fields: Record<string, unknown> = {
    sgei: draft.sgei,
    revolving: draft.kind === 'loan' && draft.revolving,
    revolvingInterest: draft.kind === 'loan' && draft.revolving && draft.revolvingInterest,
  };
  if (draft.termsDate.trim() !== '') fields['termsDate'] = draft.termsDate.trim();
  if (draft.source.trim() !== '') fields['source'] = draft.source.trim();
  if (draft.decisionWeeks.trim() !== '') fields['decisionWeeks'] = number(draft.decisionWeeks);
  if (draft.applicationDeadline.trim() !== '')
    fields['applicationDeadline'] = draft.applicationDeadline.trim();
  if (draft.budgetNature !== '') fields['budgetNature'] = draft.budgetNature;
  if (draft.kind === 'guarantee') {
    const guarantee: Record<string, unknown> = {
      backs: draft.guaranteeBacks,
      share: percent(draft.guaranteeShare),
      termYears: number(draft.guaranteeTermYears),
    };
    const callRate = percent(draft.guaranteeCallRate);
    if (callRate !== undefined) guarantee['callRate'] = callRate;
    fields['guarantee'] = guarantee;
  }
  const loan: Record<string, unknown> = {};
  const required = percent(draft.loanGuaranteeRequired);
  if (draft.kind === 'loan' && required !== undefined) loan['guaranteeRequired'] = required;
  return { fields, loan };
}

function startsWithField(path: IssuePath, field: string): boolean {
  const parts = field.split('.');
  return parts.every((part, i) => path[i] === part);
}

/**
 * When the rest of the stream is not yet valid there is no whole stream to judge, but
 * the new fields should still show their errors at once. They are judged on a stand-in
 * stream that is valid apart from them; only what the schema says about them is kept.
 */
function termsAloneIssues(draft: StreamEditorDraft, part: TermsPart, lang: Lang): FormIssue[] {
  if (draft.kind === '') return [];
  const standIn: Record<string, unknown> = {
    id: 'stand-in',
    name: 'stand-in',
    silo: 'stand-in',
    kind: draft.kind,
    public: true,
    ...part.fields,
  };
  if (draft.kind === 'loan') standIn['loan'] = { rate: 0, termYears: 1, ...part.loan };
  const parsed = parseWith(fundingStreamSchema, standIn, lang);
  if (parsed.ok) return [];
  return parsed.issues
    .filter((issue) => TERMS_FIELDS.some((field) => startsWithField(issue.path, field)))
    .map(fromValidationIssue);
}

/**
 * A guarantee pays nothing, so a minimum award or a match on it means nothing. The
 * schema says so too, but only once every field parses (its cross-field rules wait for
 * that); said here, the error stands beside the field from the first save attempt.
 */
function guaranteeOnlyIssues(draft: StreamEditorDraft): FormIssue[] {
  if (draft.kind !== 'guarantee') return [];
  return (['minAward', 'matching'] as const)
    .filter((field) => draft[field].trim() !== '')
    .map((field) => modelIssue([field], 'notOnGuarantees'));
}

/** Builds the whole stream from the draft and checks it with the model's schema. */
export function checkStreamEditorDraft(
  draft: StreamEditorDraft,
  lang: Lang,
  locale: Locale,
): FormCheck<FundingStreamJson> {
  const part = termsPart(draft, locale);
  // The base check would call a guarantee incomplete (it knows nothing of its terms); a
  // guarantee has exactly the fields of a grant besides them, so it is checked as a grant
  // there, and as itself, terms and all, below.
  const base = checkStreamDraft(
    draft.kind === 'guarantee' ? { ...draft, kind: 'grant' } : draft,
    lang,
    locale,
  );
  const local = guaranteeOnlyIssues(draft);
  if (!base.ok) {
    const issues = [...local, ...base.issues, ...termsAloneIssues(draft, part, lang)];
    return { ok: false, issues: dedupeIssues(inPercent(issues)) };
  }
  // The base value is built from the other fields only, so the new ones are simply added.
  const candidate: Record<string, unknown> = { ...base.value, ...part.fields, kind: draft.kind };
  if (base.value.loan !== undefined) candidate['loan'] = { ...base.value.loan, ...part.loan };
  const whole = checkCandidate(fundingStreamSchema, candidate, local, lang, (path) =>
    remapStreamPath(path, draft, locale),
  );
  return whole.ok ? whole : { ok: false, issues: inPercent(whole.issues) };
}
