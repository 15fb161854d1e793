import { convertOutput, divisorOf, plansWithConvertedOutputs } from '../../../../src/impact/denominator';
import { kindOfDimension, type Dimension, type Lens } from '../../../../src/model/doughnut';
import { indicatorSchema, type IndicatorJson } from '../../../../src/model/indicator';
import type { IssuePath } from '../../../../src/model/issues';
import type { Lang } from '../../../../src/model/messages';
import type { PlanJson } from '../../../../src/model/plan';
import type { Locale } from '../../../../src/model/settings';
import { modelIssue, type FormCheck, type FormIssue } from '../../domain/issues';
import {
  entryValue,
  formatNumberInput,
  formatPercentInput,
  parseNumberEntry,
  percentEntryValue,
} from '../../domain/numbers';
import { checkCandidate } from '../../domain/schemaCheck';

/**
 * The indicator editor's state, as typed. The trend is a percentage per year ("-3"), the
 * way the form shows it and its message says it. The kind (floor or ceiling) is not typed:
 * it follows from the dimension.
 */
export interface IndicatorDraft {
  id: string;
  label: string;
  dimension: Dimension | '';
  lens: Lens | '';
  unit: string;
  baselineValue: string;
  baselineYear: string;
  baselineSource: string;
  baselineDate: string;
  threshold: string;
  thresholdSource: string;
  trend: string;
  hasDenominator: boolean;
  denominatorValue: string;
  denominatorUnit: string;
  denominatorYear: string;
  denominatorSource: string;
  source: string;
  /** Restate the lines' outputs so their effect on the indicator stays as it was. */
  convertOutputs: boolean;
}

export function emptyIndicatorDraft(): IndicatorDraft {
  return {
    id: '',
    label: '',
    dimension: '',
    lens: '',
    unit: '',
    baselineValue: '',
    baselineYear: '',
    baselineSource: '',
    baselineDate: '',
    threshold: '',
    thresholdSource: '',
    trend: '0',
    hasDenominator: false,
    denominatorValue: '',
    denominatorUnit: '',
    denominatorYear: '',
    denominatorSource: '',
    source: '',
    convertOutputs: false,
  };
}

export function indicatorDraftOf(indicator: IndicatorJson, locale: Locale): IndicatorDraft {
  const number = (value: number) => formatNumberInput(value, locale, 15);
  const total = indicator.denominator;
  return {
    id: indicator.id,
    label: indicator.label,
    dimension: indicator.dimension,
    lens: indicator.lens ?? '',
    unit: indicator.unit,
    baselineValue: number(indicator.baseline.value),
    baselineYear: String(indicator.baseline.year),
    baselineSource: indicator.baseline.source ?? '',
    baselineDate: indicator.baseline.date ?? '',
    threshold: number(indicator.threshold),
    thresholdSource: indicator.thresholdSource ?? '',
    trend: formatPercentInput(indicator.trend ?? 0, locale),
    hasDenominator: total !== undefined,
    denominatorValue: total === undefined ? '' : number(total.value),
    denominatorUnit: total?.unit ?? '',
    denominatorYear: total === undefined ? '' : String(total.year),
    denominatorSource: total?.source ?? '',
    source: indicator.source ?? '',
    convertOutputs: false,
  };
}

/** The editor's fields by the JSON path the model reports problems at. */
export const INDICATOR_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'label',
  'dimension',
  'lens',
  'unit',
  'baseline.value',
  'baseline.year',
  'baseline.source',
  'baseline.date',
  'threshold',
  'thresholdSource',
  'trend',
  'denominator.value',
  'denominator.unit',
  'denominator.year',
  'denominator.source',
  'source',
]);

/** The kind follows the dimension, so a kind problem belongs beside the dimension. */
export function placeIndicatorIssue(path: IssuePath): IssuePath {
  return path[0] === 'kind' ? ['dimension'] : path;
}

function trendIssues(text: string, locale: Locale): FormIssue[] {
  const entry = parseNumberEntry(text, locale);
  if (entry.kind !== 'number') return [];
  return entry.value > -100 && entry.value < 1000 ? [] : [modelIssue(['trend'], 'trendPercentRange')];
}

/** Builds the indicator's JSON form from the draft and checks it with the model's schema. */
export function checkIndicatorDraft(
  draft: IndicatorDraft,
  lang: Lang,
  locale: Locale,
): FormCheck<IndicatorJson> {
  const local: FormIssue[] = [];
  const number = (text: string) => entryValue(parseNumberEntry(text, locale));
  if (draft.dimension === '') local.push(modelIssue(['dimension'], 'required'));
  local.push(...trendIssues(draft.trend, locale));
  const candidate: Record<string, unknown> = {
    id: draft.id.trim() === '' ? undefined : draft.id.trim(),
    label: draft.label,
    dimension: draft.dimension === '' ? undefined : draft.dimension,
    // Without a dimension there is no kind to judge: "is verplicht" at the dimension says it all.
    kind: draft.dimension === '' ? 'floor' : kindOfDimension(draft.dimension),
    unit: draft.unit,
    ...(draft.hasDenominator
      ? {
          denominator: {
            value: number(draft.denominatorValue),
            unit: draft.denominatorUnit,
            source: draft.denominatorSource,
            year: number(draft.denominatorYear),
          },
        }
      : {}),
    baseline: {
      year: number(draft.baselineYear),
      value: number(draft.baselineValue),
      source: draft.baselineSource,
      ...(draft.baselineDate.trim() === '' ? {} : { date: draft.baselineDate.trim() }),
    },
    threshold: number(draft.threshold),
    thresholdSource: draft.thresholdSource,
    trend: percentEntryValue(parseNumberEntry(draft.trend, locale)) ?? 0,
    source: draft.source,
    ...(draft.lens === '' ? {} : { lens: draft.lens }),
  };
  return checkCandidate(indicatorSchema, candidate, local, lang, placeIndicatorIssue);
}

/** The plans with lines on this indicator: what a change of its city total can rewrite. */
export function plansUsing(plans: readonly PlanJson[], indicatorId: string): PlanJson[] {
  return plans.filter((plan) => (plan.impacts ?? []).some((line) => line.indicatorId === indicatorId));
}

/**
 * Whether saving changes what the lines are divided by, and so their effect: a city total
 * given, removed or changed. The lines' outputs can then be restated to keep the effect.
 */
export function divisorChange(
  original: IndicatorJson | null,
  draft: IndicatorDraft,
  locale: Locale,
): { from: number; to: number } | null {
  if (original === null) return null;
  const from = divisorOf(original);
  const entry = parseNumberEntry(draft.denominatorValue, locale);
  const to = !draft.hasDenominator ? 1 : entry.kind === 'number' && entry.value > 0 ? entry.value : null;
  return to === null || to === from ? null : { from, to };
}

/**
 * Whether to restate the outputs unless the user says otherwise: yes when a total is given
 * or taken away (the outputs then change their unit: 0.0004 of the city becomes 192
 * households), no when a total is updated (192 households stay 192 households, a new
 * count of the city makes them a different share).
 */
export function convertByDefault(original: IndicatorJson, hasDenominator: boolean): boolean {
  return (original.denominator !== undefined) !== hasDenominator;
}

/** The plans to save with the indicator: its lines' outputs restated, or none. */
export function plansToSave(
  plans: readonly PlanJson[],
  indicatorId: string,
  change: { from: number; to: number } | null,
  convert: boolean,
): PlanJson[] {
  if (change === null || !convert) return [];
  return plansWithConvertedOutputs(plans, indicatorId, change.from, change.to);
}

/** The first line a conversion would restate, before and after: what the form shows as its example. */
export function conversionExample(
  plans: readonly PlanJson[],
  indicatorId: string,
  change: { from: number; to: number } | null,
): { plan: string; from: number; to: number } | null {
  if (change === null) return null;
  for (const plan of plans) {
    const line = (plan.impacts ?? []).find((l) => l.indicatorId === indicatorId);
    if (line !== undefined) {
      return { plan: plan.name, from: line.output, to: convertOutput(line.output, change.from, change.to) };
    }
  }
  return null;
}
