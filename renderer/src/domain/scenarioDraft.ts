import type { Lang } from '../../../src/model/messages';
import { monteCarloSchema, scenarioSchema, type ScenarioJson } from '../../../src/model/scenario';
import type { Locale } from '../../../src/model/settings';
import type { FormCheck } from './issues';
import {
  entryValue,
  formatNumberInput,
  formatPercentInput,
  parseNumberEntry,
  percentEntryValue,
} from './numbers';
import { checkCandidate } from './schemaCheck';

/**
 * The scenario editor's form: every number as typed, so "1,5" and "abc" both survive
 * until the check. Every stream has a factor field and every indicator its override
 * fields, so the form's fields are known from the draft alone.
 */
export interface ScenarioDraft {
  id: string;
  name: string;
  /** Plan ids in priority order. */
  plans: string[];
  /** Factor per stream id; '' means 1 (not stored). */
  factors: Record<string, string>;
  /** Per indicator id: trend in percent a year and threshold; '' means as recorded. */
  overrides: Record<string, { trend: string; threshold: string }>;
  draws: string;
  seed: string;
  /** Silos to pool (de-siloing); empty: the scenario keeps every stream in its silo. */
  silos: string[];
  /** Procurement lever: target share of relevant purchasing awarded to cooperatives, in percent; '' means no lever. */
  procurementShare: string;
}

export interface DraftContext {
  streamIds: readonly string[];
  indicatorIds: readonly string[];
}

function blankFields(context: DraftContext) {
  return {
    factors: Object.fromEntries(context.streamIds.map((id) => [id, ''])),
    overrides: Object.fromEntries(context.indicatorIds.map((id) => [id, { trend: '', threshold: '' }])),
  };
}

export function emptyScenarioDraft(context: DraftContext): ScenarioDraft {
  const defaults = monteCarloSchema.parse({});
  return {
    id: '',
    name: '',
    plans: [],
    ...blankFields(context),
    draws: String(defaults.draws),
    seed: String(defaults.seed),
    silos: [],
    procurementShare: '',
  };
}

export function draftFromScenario(
  scenario: ScenarioJson,
  locale: Locale,
  context: DraftContext,
): ScenarioDraft {
  const blank = blankFields(context);
  const factors = { ...blank.factors };
  for (const [streamId, factor] of Object.entries(scenario.streamFactors ?? {})) {
    factors[streamId] = factor === 1 ? '' : formatNumberInput(factor, locale);
  }
  const overrides = { ...blank.overrides };
  for (const [indicatorId, override] of Object.entries(scenario.indicatorOverrides ?? {})) {
    overrides[indicatorId] = {
      trend: override.trend === undefined ? '' : formatPercentInput(override.trend, locale),
      threshold: override.threshold === undefined ? '' : formatNumberInput(override.threshold, locale),
    };
  }
  const monteCarlo = monteCarloSchema.parse(scenario.monteCarlo ?? {});
  return {
    id: scenario.id,
    name: scenario.name,
    plans: [...scenario.plans],
    factors,
    overrides,
    draws: String(monteCarlo.draws),
    seed: String(monteCarlo.seed),
    silos: [...(scenario.desiloing?.silos ?? [])],
    procurementShare:
      scenario.procurementShare === undefined ? '' : formatPercentInput(scenario.procurementShare, locale),
  };
}

/** The form's fields by JSON path, as the schema and the host name them. */
export function scenarioFields(draft: ScenarioDraft): ReadonlySet<string> {
  const fields = [
    'id',
    'name',
    'plans',
    'monteCarlo.draws',
    'monteCarlo.seed',
    'desiloing.silos',
    'procurementShare',
  ];
  // An unknown or repeated silo (`desiloing.silos[1]`) falls back to the group's field, which shows it.
  for (const streamId of Object.keys(draft.factors)) fields.push(`streamFactors.${streamId}`);
  for (const indicatorId of Object.keys(draft.overrides)) {
    fields.push(`indicatorOverrides.${indicatorId}.trend`, `indicatorOverrides.${indicatorId}.threshold`);
  }
  return new Set(fields);
}

/** The draft as the JSON the schema judges: factors of 1 and empty overrides left out. */
export function scenarioCandidate(draft: ScenarioDraft, locale: Locale): Record<string, unknown> {
  const streamFactors: Record<string, unknown> = {};
  for (const [streamId, text] of Object.entries(draft.factors)) {
    const entry = parseNumberEntry(text, locale);
    if (entry.kind === 'empty' || (entry.kind === 'number' && entry.value === 1)) continue;
    streamFactors[streamId] = entryValue(entry);
  }
  const indicatorOverrides: Record<string, Record<string, unknown>> = {};
  for (const [indicatorId, texts] of Object.entries(draft.overrides)) {
    const override: Record<string, unknown> = {};
    const trend = parseNumberEntry(texts.trend, locale);
    const threshold = parseNumberEntry(texts.threshold, locale);
    if (trend.kind !== 'empty') override['trend'] = percentEntryValue(trend);
    if (threshold.kind !== 'empty') override['threshold'] = entryValue(threshold);
    if (Object.keys(override).length > 0) indicatorOverrides[indicatorId] = override;
  }
  const monteCarlo: Record<string, unknown> = {};
  const draws = entryValue(parseNumberEntry(draft.draws, locale));
  const seed = entryValue(parseNumberEntry(draft.seed, locale));
  if (draws !== undefined) monteCarlo['draws'] = draws;
  if (seed !== undefined) monteCarlo['seed'] = seed;
  return {
    id: draft.id.trim(),
    name: draft.name.trim(),
    plans: draft.plans,
    streamFactors,
    indicatorOverrides,
    monteCarlo,
    // One silo chosen is still a choice the schema must judge ("at least two"), so it is sent.
    ...(draft.silos.length === 0 ? {} : { desiloing: { silos: draft.silos } }),
    ...procurementShareOf(draft.procurementShare, locale),
  };
}

/** The lever's target share typed in percent; left out when empty (no lever). */
function procurementShareOf(text: string, locale: Locale): Record<string, unknown> {
  const entry = parseNumberEntry(text, locale);
  return entry.kind === 'empty' ? {} : { procurementShare: percentEntryValue(entry) };
}

/**
 * The model's schema judges the candidate; a valid one comes back as the JSON the
 * contract takes. A trend is typed in percent a year, so its range is said in percent
 * too, never as the fraction the JSON stores ("groter dan -1").
 */
export function checkScenarioDraft(
  draft: ScenarioDraft,
  lang: Lang,
  locale: Locale,
): FormCheck<ScenarioJson> {
  const check = checkCandidate(scenarioSchema, scenarioCandidate(draft, locale), [], lang);
  if (check.ok) return check;
  return {
    ok: false,
    issues: check.issues.map((issue) =>
      issue.source === 'model' && issue.key === 'trendRange'
        ? { ...issue, key: 'trendPercentRange' }
        : issue.source === 'model' && issue.key === 'fractionRange' && issue.path[0] === 'procurementShare'
          ? { ...issue, key: 'percentRange' }
          : issue,
    ),
  };
}

/** Plan order edits: pure, so the editor's buttons and the tests use the same moves. */
export function movePlan(plans: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (index < 0 || index >= plans.length || target < 0 || target >= plans.length) return [...plans];
  const next = [...plans];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export function addPlan(plans: readonly string[], planId: string): string[] {
  return plans.includes(planId) ? [...plans] : [...plans, planId];
}

export function removePlan(plans: readonly string[], planId: string): string[] {
  return plans.filter((id) => id !== planId);
}
