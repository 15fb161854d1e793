/**
 * The Inkoop screen's form: purchasing volume per year and contracts awarded to
 * cooperatives, every number as typed. The section is stored whole, so the form checks and
 * saves it whole, with the model's schema having the final word.
 */
import type { IssuePath } from '../../../../src/model/issues';
import type { Lang } from '../../../../src/model/messages';
import {
  DEFAULT_CONTRIBUTION_MARGIN,
  procurementSchema,
  type ProcurementJson,
} from '../../../../src/model/procurement';
import type { Locale } from '../../../../src/model/settings';
import { amountIssues, modelIssue, type FormCheck, type FormIssue } from '../../domain/issues';
import {
  entryValue,
  formatAmountInput,
  formatPercentInput,
  parseNumberEntry,
  percentEntryValue,
} from '../../domain/numbers';
import { checkCandidate } from '../../domain/schemaCheck';

export interface VolumeRowDraft {
  year: string;
  amount: string;
}

export interface ContractRowDraft {
  year: string;
  cooperativeId: string;
  /** '' for a contract not tied to one plan. */
  planId: string;
  description: string;
  amount: string;
  reserved: boolean;
  socialReturn: string;
}

export interface ProcurementDraft {
  volumes: VolumeRowDraft[];
  volumeSource: string;
  /** Percent. */
  contributionMargin: string;
  contracts: ContractRowDraft[];
}

export function emptyContractRow(year: string): ContractRowDraft {
  return {
    year,
    cooperativeId: '',
    planId: '',
    description: '',
    amount: '',
    reserved: false,
    socialReturn: '',
  };
}

export function procurementDraftOf(section: ProcurementJson | null, locale: Locale): ProcurementDraft {
  const amount = (euros: number | undefined) => (euros === undefined ? '' : formatAmountInput(euros, locale));
  return {
    volumes: Object.entries(section?.volumes ?? {}).map(([year, euros]) => ({ year, amount: amount(euros) })),
    volumeSource: section?.volumeSource ?? '',
    contributionMargin: formatPercentInput(
      section?.contributionMargin ?? DEFAULT_CONTRIBUTION_MARGIN,
      locale,
    ),
    contracts: (section?.contracts ?? []).map((c) => ({
      year: String(c.year),
      cooperativeId: c.cooperativeId,
      planId: c.planId ?? '',
      description: c.description ?? '',
      amount: amount(c.amount),
      reserved: c.reserved ?? false,
      socialReturn: c.socialReturn === undefined || c.socialReturn === 0 ? '' : amount(c.socialReturn),
    })),
  };
}

export function procurementFields(draft: ProcurementDraft): ReadonlySet<string> {
  const fields = ['volumes', 'volumeSource', 'contributionMargin', 'contracts'];
  draft.volumes.forEach((_, i) => fields.push(`volumes[${i}].year`, `volumes[${i}].amount`));
  draft.contracts.forEach((_, i) =>
    ['year', 'cooperativeId', 'planId', 'description', 'amount', 'reserved', 'socialReturn'].forEach((f) =>
      fields.push(`contracts[${i}].${f}`),
    ),
  );
  return new Set(fields);
}

/** The model names a volume by its year (`volumes.2026`); the form shows it in that year's row. */
function placeVolumeIssue(draft: ProcurementDraft) {
  return (path: IssuePath): IssuePath => {
    if (path[0] !== 'volumes' || path.length < 2 || typeof path[1] !== 'string') return path;
    const row = draft.volumes.findIndex((v) => v.year.trim() === path[1]);
    return row < 0 ? path : ['volumes', row, 'amount'];
  };
}

export function checkProcurementDraft(
  draft: ProcurementDraft,
  lang: Lang,
  locale: Locale,
): FormCheck<ProcurementJson> {
  const local: FormIssue[] = [];
  const volumes: Record<string, unknown> = {};
  draft.volumes.forEach((row, i) => {
    const year = row.year.trim();
    const amount = parseNumberEntry(row.amount, locale);
    local.push(...amountIssues(amount, ['volumes', i, 'amount']));
    if (!/^\d{4}$/.test(year))
      local.push(modelIssue(['volumes', i, 'year'], year === '' ? 'required' : 'notAYear'));
    else if (year in volumes)
      local.push({ source: 'ui', path: ['volumes', i, 'year'], key: 'duplicateYear', params: { year } });
    else volumes[year] = entryValue(amount);
    if (amount.kind === 'empty') local.push(modelIssue(['volumes', i, 'amount'], 'required'));
  });
  const contracts = draft.contracts.map((row, i) => {
    const amount = parseNumberEntry(row.amount, locale);
    const socialReturn = parseNumberEntry(row.socialReturn, locale);
    local.push(...amountIssues(amount, ['contracts', i, 'amount']));
    local.push(...amountIssues(socialReturn, ['contracts', i, 'socialReturn']));
    if (row.cooperativeId === '') local.push(modelIssue(['contracts', i, 'cooperativeId'], 'required'));
    return {
      year: entryValue(parseNumberEntry(row.year, locale)),
      cooperativeId: row.cooperativeId,
      ...(row.planId === '' ? {} : { planId: row.planId }),
      description: row.description,
      amount: entryValue(amount),
      reserved: row.reserved,
      socialReturn: socialReturn.kind === 'empty' ? 0 : entryValue(socialReturn),
    };
  });
  if (draft.contributionMargin.trim() === '') local.push(modelIssue(['contributionMargin'], 'required'));
  const candidate = {
    volumes,
    volumeSource: draft.volumeSource,
    contributionMargin: percentEntryValue(parseNumberEntry(draft.contributionMargin, locale)),
    contracts,
  };
  const checked = checkCandidate(procurementSchema, candidate, local, lang, placeVolumeIssue(draft));
  if (checked.ok) return checked;
  // The margin is typed as a percentage, so its range is told as one.
  return {
    ok: false,
    issues: checked.issues.map((issue) =>
      issue.source === 'model' && issue.key === 'fractionRange' && issue.path[0] === 'contributionMargin'
        ? { ...issue, key: 'percentRange' }
        : issue,
    ),
  };
}
