import { blend } from '../finance/blend';
import { roundCents } from '../finance/blend/problem';
import type { BlendResult } from '../finance/blend/types';
import type { Lang } from '../i18n';
import { asCents } from '../model/money';
import type { FundingStream } from '../model/stream';
import type { Workspace } from '../model/workspace';
import type { YearSchedule } from '../model/years';
import { CancelledError } from './errors';
import { weightedDistance, type DimensionWeights } from './distance';
import { fundedSharesOf, project } from './projection';
import { scenarioOverlay, type ScenarioOverlay } from './scenario';

/** The documented step: EUR 10,000 more per projection year. */
export const NEXT_EURO_STEP_CENTS = 1_000_000;
/** Id of the hypothetical unrestricted incubator grant (a suffix is added if a stream has it). */
export const INCUBATOR_STREAM_ID = 'incubator-budget';

export type NextEuroLever = 'budget' | 'maxPerPlan' | 'none';

export interface NextEuroCandidate {
  kind: 'stream' | 'incubator';
  streamId: string;
  /** What was raised: the yearly budget, the per-plan maximum (streams without a budget limit), or nothing. */
  lever: NextEuroLever;
  /** Euros the step adds (budget), or euros the stream pays out in addition (maxPerPlan). */
  addedEuros: number;
  /** Change in the portfolio's funded total, in euros. */
  fundedChange: number;
  /** Change in the weighted distance; negative brings the city closer to the Doughnut. */
  distanceChange: number;
  /** distanceChange / addedEuros (0 when nothing was added or used). */
  perEuro: number;
}

export interface NextEuroResult {
  scenarioId: string;
  stepEurosPerYear: number;
  distance: number;
  /** Most helpful first: ascending perEuro; ties keep stream order, the incubator last. */
  candidates: NextEuroCandidate[];
}

export interface NextEuroOptions {
  stepCents?: number;
  weights?: DimensionWeights;
  lang?: Lang;
  signal?: AbortSignal;
  /** Blends done of the total (one per stream with a limit to raise, one for the incubator, one baseline). */
  onProgress?: (done: number, total: number) => void;
  /** The scenario's own blend, when the caller already has it. */
  baseline?: BlendResult;
}

/** Every year a blend of the scenario can allocate in: the projection years and all plan years. */
function blendYears(overlay: ScenarioOverlay): number[] {
  const years = new Set(overlay.years);
  for (const plan of overlay.plans) for (let k = 0; k < plan.years; k++) years.add(plan.startYear + k);
  return [...years].sort((a, b) => a - b);
}

function openYears(stream: FundingStream, years: readonly number[]): number[] {
  const window = stream.years;
  return window === undefined ? [...years] : years.filter((y) => y >= window[0] && y <= window[1]);
}

/**
 * The stream with the scenario's factor folded in (the same rounding as the blend) and
 * `extra` cents added to its budget in each open projection year, so that it can be
 * blended with factor 1 and differ from the scenario by the step only.
 */
function raisedBudget(
  stream: FundingStream,
  factor: number,
  overlay: ScenarioOverlay,
  extraCents: number,
): FundingStream {
  const budget = stream.budgetPerYear!;
  const open = new Set(openYears(stream, overlay.years));
  const schedule: YearSchedule = {};
  for (const year of blendYears(overlay)) {
    const own = typeof budget === 'number' ? budget : (budget[String(year)] ?? 0);
    schedule[String(year)] = asCents(roundCents(own * factor) + (open.has(year) ? extraCents : 0));
  }
  return {
    ...stream,
    budgetPerYear: schedule,
    ...(stream.maxPerPlan === undefined
      ? {}
      : { maxPerPlan: asCents(roundCents(stream.maxPerPlan * factor)) }),
  };
}

function raisedMaxPerPlan(stream: FundingStream, factor: number, extraCents: number): FundingStream {
  return { ...stream, maxPerPlan: asCents(roundCents(stream.maxPerPlan! * factor) + extraCents) };
}

function incubatorStream(workspace: Workspace, overlay: ScenarioOverlay, stepCents: number): FundingStream {
  const taken = new Set(workspace.fundingStreams.map((s) => s.id));
  let id = INCUBATOR_STREAM_ID;
  for (let n = 2; taken.has(id); n++) id = `${INCUBATOR_STREAM_ID}-${n}`;
  const budget: YearSchedule = {};
  for (const year of overlay.years) budget[String(year)] = asCents(stepCents);
  // Municipal money to undertakings: counted as de minimis state aid; no other limit.
  return {
    id,
    name: 'Incubator budget (hypothetical)',
    silo: 'incubator',
    kind: 'grant',
    public: true,
    revolving: false,
    revolvingInterest: false,
    sgei: false,
    stateAid: true,
    draft: false,
    awardProbability: 1,
    budgetPerYear: budget,
  };
}

function streamTotal(result: BlendResult, streamId: string): number {
  return result.allocations.reduce((sum, a) => (a.streamId === streamId ? sum + a.amount : sum), 0);
}

/**
 * "Where the next euro helps most": re-blends the scenario with one stream's limit raised
 * by the step (EUR 10,000 per open projection year) and measures the change in the weighted
 * distance (sum over dimensions of mean shortfall + overshoot) per euro added. Deterministic:
 * blends are exact and reproducible, the projection uses the blended funded shares.
 */
export async function nextEuro(
  stored: Workspace,
  scenarioId: string,
  options: NextEuroOptions = {},
): Promise<NextEuroResult> {
  const stepCents = options.stepCents ?? NEXT_EURO_STEP_CENTS;
  if (!Number.isSafeInteger(stepCents) || stepCents <= 0)
    throw new RangeError(`stepCents must be a whole number of cents > 0, not ${stepCents}`);
  const overlay = scenarioOverlay(stored, scenarioId);
  // A de-siloing scenario raises its pools' limits, not those of the streams it pooled.
  const workspace = overlay.workspace;
  const factors = overlay.scenario.streamFactors;
  const blendOptions = options.lang === undefined ? {} : { lang: options.lang };
  const distanceOf = (result: BlendResult) =>
    weightedDistance(project(overlay, fundedSharesOf(result)), options.weights);

  // Raising a draft's limits moves nothing: no blend uses a draft.
  const leverOf = (s: FundingStream): NextEuroLever =>
    s.draft
      ? 'none'
      : s.budgetPerYear !== undefined
        ? 'budget'
        : s.maxPerPlan !== undefined
          ? 'maxPerPlan'
          : 'none';
  const total = 2 + workspace.fundingStreams.filter((s) => leverOf(s) !== 'none').length;
  let done = 0;
  const step = async <T>(work: () => Promise<T>): Promise<T> => {
    if (options.signal?.aborted === true)
      throw new CancelledError(`Next-euro analysis cancelled after ${done} of ${total} blends.`, done, total);
    const value = await work();
    options.onProgress?.(++done, total);
    return value;
  };

  const baseline =
    options.baseline ?? (await step(() => blend(workspace, overlay.blendRequest, blendOptions)));
  if (options.baseline !== undefined) options.onProgress?.(++done, total);
  const distance = distanceOf(baseline);
  const withStreams = (streams: FundingStream[]): Workspace => ({ ...workspace, fundingStreams: streams });

  const candidates: NextEuroCandidate[] = [];
  for (const [index, stream] of workspace.fundingStreams.entries()) {
    const lever = leverOf(stream);
    const base = { kind: 'stream' as const, streamId: stream.id, lever };
    if (lever === 'none') {
      candidates.push({ ...base, addedEuros: 0, fundedChange: 0, distanceChange: 0, perEuro: 0 });
      continue;
    }
    const factor = factors[stream.id] ?? 1;
    const opened = openYears(stream, overlay.years).length;
    const raised =
      lever === 'budget'
        ? raisedBudget(stream, factor, overlay, stepCents)
        : raisedMaxPerPlan(stream, factor, stepCents * opened);
    const streams = workspace.fundingStreams.map((s, i) => (i === index ? raised : s));
    const result = await step(() =>
      blend(
        withStreams(streams),
        { planIds: overlay.blendRequest.planIds, streamFactors: { ...factors, [stream.id]: 1 } },
        blendOptions,
      ),
    );
    const addedCents =
      lever === 'budget'
        ? stepCents * opened
        : Math.max(0, streamTotal(result, stream.id) - streamTotal(baseline, stream.id));
    const distanceChange = distanceOf(result) - distance;
    candidates.push({
      ...base,
      addedEuros: addedCents / 100,
      fundedChange: (result.funded - baseline.funded) / 100,
      distanceChange,
      perEuro: addedCents > 0 ? distanceChange / (addedCents / 100) : 0,
    });
  }

  const incubator = incubatorStream(workspace, overlay, stepCents);
  const withIncubator = await step(() =>
    blend(withStreams([...workspace.fundingStreams, incubator]), overlay.blendRequest, blendOptions),
  );
  const incubatorCents = stepCents * overlay.years.length;
  const incubatorChange = distanceOf(withIncubator) - distance;
  candidates.push({
    kind: 'incubator',
    streamId: incubator.id,
    lever: 'budget',
    addedEuros: incubatorCents / 100,
    fundedChange: (withIncubator.funded - baseline.funded) / 100,
    distanceChange: incubatorChange,
    perEuro: incubatorChange / (incubatorCents / 100),
  });

  const order = new Map(candidates.map((c, i) => [c, i]));
  const ranked = [...candidates].sort(
    (a, b) =>
      a.perEuro - b.perEuro ||
      Number(a.lever === 'none') - Number(b.lever === 'none') ||
      order.get(a)! - order.get(b)!,
  );
  return { scenarioId: overlay.scenario.id, stepEurosPerYear: stepCents / 100, distance, candidates: ranked };
}
