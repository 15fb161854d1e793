import type { Sector, Stage } from '../../../src/model/cooperative';
import type { Locale } from '../../../src/model/settings';
import type { CostCategory, FundingStreamJson, StreamKind } from '../../../src/model/stream';
import { formatAmountInput, formatNumberInput, formatPercentInput } from './numbers';
import { newRowKey } from './rows';

export const BUDGET_MODES = ['unlimited', 'fixed', 'schedule'] as const;
export type BudgetMode = (typeof BUDGET_MODES)[number];
/** '': no budget chosen yet (a new draft); a stream is marked ready only after a choice. */
export type BudgetChoice = BudgetMode | '';

export interface ScheduleRowDraft {
  key: string;
  year: string;
  amount: string;
}

/** The funding-stream editor's state. Percent fields hold percentages ("50"), not fractions. */
export interface StreamDraft {
  /**
   * A draft (concept) is used by no blend. A new stream starts as one, so a stream saved
   * half set up (no budget, no eligibility) cannot quietly fund every plan.
   */
  draft: boolean;
  id: string;
  name: string;
  provider: string;
  silo: string;
  kind: StreamKind | '';
  public: boolean;
  stateAid: boolean;
  yearFrom: string;
  yearTo: string;
  budgetMode: BudgetChoice;
  budgetAmount: string;
  budgetRows: ScheduleRowDraft[];
  maxPerPlan: string;
  maxShareOfPlan: string;
  minAward: string;
  matching: string;
  awardProbability: string;
  sectors: Sector[];
  categories: CostCategory[];
  stages: Stage[];
  /**
   * Ticked: the stream is meant for every sector, cost category and stage. With no list
   * chosen a stream funds anything, so leaving them all empty must be a decision.
   */
  eligibilityOpen: boolean;
  loanRate: string;
  loanTermYears: string;
  loanGraceYears: string;
}

export function emptyStreamDraft(): StreamDraft {
  return {
    draft: true,
    id: '',
    name: '',
    provider: '',
    silo: '',
    kind: '',
    public: true,
    stateAid: false,
    yearFrom: '',
    yearTo: '',
    budgetMode: '',
    budgetAmount: '',
    budgetRows: [],
    maxPerPlan: '',
    maxShareOfPlan: '',
    minAward: '',
    matching: '',
    awardProbability: '100',
    sectors: [],
    categories: [],
    stages: [],
    eligibilityOpen: false,
    loanRate: '',
    loanTermYears: '',
    loanGraceYears: '',
  };
}

export function emptyScheduleRow(): ScheduleRowDraft {
  return { key: newRowKey(), year: '', amount: '' };
}

function amountText(euros: number | undefined, locale: Locale): string {
  return euros === undefined ? '' : formatAmountInput(euros, locale);
}

function percentText(fraction: number | undefined, locale: Locale): string {
  return fraction === undefined ? '' : formatPercentInput(fraction, locale);
}

/**
 * A ready stream shows what it holds; a draft without a budget or eligibility shows them
 * as not chosen yet, so marking it ready asks for a choice rather than taking the
 * "unlimited, for everyone" that empty fields would mean.
 */
export function draftFromStream(stream: FundingStreamJson, locale: Locale): StreamDraft {
  const budget = stream.budgetPerYear;
  const draft = stream.draft ?? false;
  const budgetMode: BudgetChoice =
    budget === undefined ? (draft ? '' : 'unlimited') : typeof budget === 'number' ? 'fixed' : 'schedule';
  const eligible = stream.eligible ?? {};
  const limited = [eligible.sectors, eligible.categories, eligible.stages].some((list) => list !== undefined);
  const budgetRows =
    typeof budget === 'object'
      ? Object.entries(budget)
          .sort(([a], [b]) => Number(a) - Number(b))
          .map(([year, amount]) => ({ key: newRowKey(), year, amount: formatAmountInput(amount, locale) }))
      : [];
  return {
    draft,
    id: stream.id,
    name: stream.name,
    provider: stream.provider ?? '',
    silo: stream.silo,
    kind: stream.kind,
    public: stream.public,
    stateAid: stream.stateAid ?? false,
    yearFrom: stream.years === undefined ? '' : String(stream.years[0]),
    yearTo: stream.years === undefined ? '' : String(stream.years[1]),
    budgetMode,
    budgetAmount: typeof budget === 'number' ? formatAmountInput(budget, locale) : '',
    budgetRows,
    maxPerPlan: amountText(stream.maxPerPlan, locale),
    maxShareOfPlan: percentText(stream.maxShareOfPlan, locale),
    minAward: amountText(stream.minAward, locale),
    matching: stream.matching === undefined ? '' : formatNumberInput(stream.matching, locale),
    awardProbability: percentText(stream.awardProbability ?? 1, locale),
    sectors: [...(stream.eligible?.sectors ?? [])],
    categories: [...(stream.eligible?.categories ?? [])],
    stages: [...(stream.eligible?.stages ?? [])],
    eligibilityOpen: !draft && !limited,
    loanRate: percentText(stream.loan?.rate, locale),
    loanTermYears: stream.loan === undefined ? '' : String(stream.loan.termYears),
    loanGraceYears: stream.loan?.graceYears === undefined ? '' : String(stream.loan.graceYears),
  };
}
