import type { IssuePath } from '../../../../../src/model/issues';
import type { Lang } from '../../../../../src/model/messages';
import { type EVIDENCE_GRADES, impactLineSchema, type PlanJson } from '../../../../../src/model/plan';
import type { Locale } from '../../../../../src/model/settings';
import { modelIssue, type FormCheck, type FormIssue } from '../../../domain/issues';
import {
  entryValue,
  formatNumberInput,
  formatPercentInput,
  parseNumberEntry,
  percentEntryValue,
} from '../../../domain/numbers';
import { checkCandidate } from '../../../domain/schemaCheck';

export type ImpactLineJson = NonNullable<PlanJson['impacts']>[number];
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

/**
 * The impact-line editor's state, as typed. Every share is a percentage ("20" for 20%),
 * the way the form shows it and its messages say it; the model stores fractions.
 * The uncertainty range is a percentage of the expected effect (70% to 115%).
 */
export interface ImpactLineDraft {
  indicatorId: string;
  output: string;
  outputUnit: string;
  start: string;
  duration: string;
  deadweight: string;
  attribution: string;
  displacement: string;
  dropOff: string;
  uncertaintyLow: string;
  uncertaintyHigh: string;
  evidence: EvidenceGrade | '';
  basis: string;
}

/** The deflators, in the order the SROI guide names them. */
export const DEFLATORS = ['deadweight', 'attribution', 'displacement', 'dropOff'] as const;
export type Deflator = (typeof DEFLATORS)[number];

/** A new line runs over the plan's own years, with no deflators and no uncertainty yet. */
export function emptyImpactLineDraft(plan: Pick<PlanJson, 'startYear' | 'years'>): ImpactLineDraft {
  return {
    indicatorId: '',
    output: '',
    outputUnit: '',
    start: String(plan.startYear),
    duration: String(plan.years),
    deadweight: '0',
    attribution: '0',
    displacement: '0',
    dropOff: '0',
    uncertaintyLow: '100',
    uncertaintyHigh: '100',
    evidence: '',
    basis: '',
  };
}

export function impactLineDraftOf(line: ImpactLineJson, locale: Locale): ImpactLineDraft {
  const percent = (fraction: number | undefined) => formatPercentInput(fraction ?? 0, locale);
  return {
    indicatorId: line.indicatorId,
    // Up to 15 decimals: an upgraded version-1 line holds a share of the city (0,00008).
    output: formatNumberInput(line.output, locale, 15),
    outputUnit: line.outputUnit ?? '',
    start: String(line.start),
    duration: String(line.duration),
    deadweight: percent(line.deadweight),
    attribution: percent(line.attribution),
    displacement: percent(line.displacement),
    dropOff: percent(line.dropOff),
    uncertaintyLow: percent(line.uncertainty?.low ?? 1),
    uncertaintyHigh: percent(line.uncertainty?.high ?? 1),
    evidence: line.evidence,
    basis: line.basis ?? '',
  };
}

/** The editor's fields by the JSON path the model reports problems at. */
export const IMPACT_LINE_FIELDS: ReadonlySet<string> = new Set([
  'indicatorId',
  'output',
  'outputUnit',
  'start',
  'duration',
  ...DEFLATORS,
  'uncertainty.low',
  'uncertainty.high',
  'evidence',
  'basis',
]);

/**
 * A percentage the model will store as a fraction: the form judges the range itself, in
 * percentages ("moet een percentage tussen 0 en 100 zijn"), so the unit the field shows is
 * the unit its message speaks; the schema's fraction wording never reaches the user.
 */
function percentIssues(
  text: string,
  path: IssuePath,
  locale: Locale,
  range: {
    min: number;
    max: number;
    key: 'percentRange' | 'uncertaintyLowPercent' | 'uncertaintyHighPercent';
  },
): FormIssue[] {
  const entry = parseNumberEntry(text, locale);
  if (entry.kind === 'empty') return [modelIssue(path, 'required')];
  if (entry.kind === 'invalid') return [modelIssue(path, 'expectedNumber')];
  return entry.value < range.min || entry.value > range.max ? [modelIssue(path, range.key)] : [];
}

/**
 * Builds the line's JSON form from the draft and checks it with the model's schema. The
 * plan's own checks (an unknown indicator) come back from the host on save.
 */
export function checkImpactLineDraft(
  draft: ImpactLineDraft,
  lang: Lang,
  locale: Locale,
): FormCheck<ImpactLineJson> {
  const local: FormIssue[] = [];
  const number = (text: string) => entryValue(parseNumberEntry(text, locale));
  const percent = (text: string) => percentEntryValue(parseNumberEntry(text, locale));
  if (draft.indicatorId === '') local.push(modelIssue(['indicatorId'], 'required'));
  if (draft.evidence === '') local.push(modelIssue(['evidence'], 'required'));
  for (const deflator of DEFLATORS) {
    local.push(
      ...percentIssues(draft[deflator], [deflator], locale, { min: 0, max: 100, key: 'percentRange' }),
    );
  }
  local.push(
    ...percentIssues(draft.uncertaintyLow, ['uncertainty', 'low'], locale, {
      min: 0,
      max: 100,
      key: 'uncertaintyLowPercent',
    }),
    ...percentIssues(draft.uncertaintyHigh, ['uncertainty', 'high'], locale, {
      min: 100,
      max: 10_000,
      key: 'uncertaintyHighPercent',
    }),
  );
  const candidate: Record<string, unknown> = {
    indicatorId: draft.indicatorId === '' ? undefined : draft.indicatorId,
    start: number(draft.start),
    duration: number(draft.duration),
    output: number(draft.output),
    ...(draft.outputUnit.trim() === '' ? {} : { outputUnit: draft.outputUnit.trim() }),
    deadweight: percent(draft.deadweight),
    attribution: percent(draft.attribution),
    displacement: percent(draft.displacement),
    dropOff: percent(draft.dropOff),
    uncertainty: { low: percent(draft.uncertaintyLow), high: percent(draft.uncertaintyHigh) },
    evidence: draft.evidence === '' ? undefined : draft.evidence,
    basis: draft.basis,
  };
  return checkCandidate(impactLineSchema, candidate, local, lang);
}

/**
 * The host locates a refused plan's problems as `plan.impacts[i].output`; the editor shows
 * one line, so point them at its own fields (`output`).
 */
export function placeServerIssue(path: IssuePath): IssuePath {
  return path[0] === 'impacts' && typeof path[1] === 'number' ? path.slice(2) : path;
}

/** The plan with line `index` replaced, or the line added at the end (`index` null). */
export function withImpactLine(plan: PlanJson, index: number | null, line: ImpactLineJson): PlanJson {
  const impacts = plan.impacts ?? [];
  return {
    ...plan,
    impacts: index === null ? [...impacts, line] : impacts.map((old, i) => (i === index ? line : old)),
  };
}

export function withoutImpactLine(plan: PlanJson, index: number): PlanJson {
  return { ...plan, impacts: (plan.impacts ?? []).filter((_, i) => i !== index) };
}
