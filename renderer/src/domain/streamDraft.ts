import type { Sector, Stage } from '../../../src/model/cooperative';
import type { Locale } from '../../../src/model/settings';
import type { CostCategory, FundingStreamJson, StreamKind } from '../../../src/model/stream';
import { formatAmountInput, formatNumberInput, formatPercentInput } from './numbers';
import { newRowKey } from './rows';

export const BUDGET_MODES = ['unlimited', 'fixed', 'schedule'] as const;
export type BudgetMode = (typeof BUDGET_MODES)[number];

export interface ScheduleRowDraft {
  key: string;
  year: string;
  amount: string;
}

/** The funding-stream editor's state. Percent fields hold percentages ("50"), not fractions. */
export interface StreamDraft {
  id: string;
  name: string;
  provider: string;
  silo: string;
  kind: StreamKind | '';
  public: boolean;
  stateAid: boolean;
  yearFrom: string;
  yearTo: string;
  budgetMode: BudgetMode;
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
  loanRate: string;
  loanTermYears: string;
  loanGraceYears: string;
}

export function emptyStreamDraft(): StreamDraft {
  return {
    id: '',
    name: '',
    provider: '',
    silo: '',
    kind: '',
    public: true,
    stateAid: false,
    yearFrom: '',
    yearTo: '',
    budgetMode: 'unlimited',
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

export function draftFromStream(stream: FundingStreamJson, locale: Locale): StreamDraft {
  const budget = stream.budgetPerYear;
  const budgetMode: BudgetMode =
    budget === undefined ? 'unlimited' : typeof budget === 'number' ? 'fixed' : 'schedule';
  const budgetRows =
    typeof budget === 'object'
      ? Object.entries(budget)
          .sort(([a], [b]) => Number(a) - Number(b))
          .map(([year, amount]) => ({ key: newRowKey(), year, amount: formatAmountInput(amount, locale) }))
      : [];
  return {
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
    loanRate: percentText(stream.loan?.rate, locale),
    loanTermYears: stream.loan === undefined ? '' : String(stream.loan.termYears),
    loanGraceYears: stream.loan?.graceYears === undefined ? '' : String(stream.loan.graceYears),
  };
}
