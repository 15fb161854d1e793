/**
 * The council letter's figures (raadsinformatiebrief, the report's two-page opening):
 * what the city put in, what it mobilised beside it, what the portfolio does on the
 * Doughnut against the path without it, what is still unfunded and why, and the
 * decisions those figures ask for. Computed once from the scenario reports; the letter
 * only lays them out (src/reports/html/sections/CouncilLetter.ts). See docs/reports.md.
 */
import type { PlanAnalysis } from '../finance/analysis/schemas';
import type { Explanation } from '../finance/analysis/euros';
import type { BlendRule } from '../finance/blend/types';
import { shareOfDistance } from '../impact/contribution';
import type { NextEuroResult } from '../impact/next-euro';
import type { ScenarioRun } from '../impact/run-scenario';
import { DIMENSIONS, type Dimension, type IndicatorKind } from '../model/doughnut';
import type { Workspace } from '../model/workspace';
import { moneyOriginOf, MONEY_ORIGINS, type MoneyOrigin } from './money-origin';

/** At most this many indicator rows in the letter (the largest shares of distance closed). */
export const LETTER_IMPACT_ROWS = 8;
/** At most this many plans with a gap, the largest gaps first. */
export const LETTER_GAP_ROWS = 5;
/** At most this many streams to raise, from the top of the next-euro ranking. */
export const LETTER_NEXT_EURO_ROWS = 3;
/** At most this many scenarios in the letter's table of all scenarios (the comparison has them all). */
export const LETTER_SCENARIO_ROWS = 8;
/** At most this many plans at award risk named in a decision. */
export const LETTER_RISK_ROWS = 5;
/**
 * A plan the blend funds fully is at award risk when the draws fund less than this share
 * of it on average: more than a fifth of its money hangs on awards not yet made.
 */
export const AWARD_RISK_SHARE = 0.8;

/** Euros by origin; `mobilised` is everything beside the municipal money. */
export interface LetterMoney {
  scenarioId: string;
  totalCost: number;
  municipal: number;
  otherPublic: number;
  private: number;
  members: number;
  /** The plans' own revenue paying their costs (eigen inkomsten). */
  ownRevenue: number;
  /** otherPublic + private + members + ownRevenue. */
  mobilised: number;
  /** municipal + mobilised: all outside funding allocated plus own revenue. */
  covered: number;
  gap: number;
  /** Hefboom: mobilised / municipal; null without municipal money. */
  leverage: number | null;
  /** Loan draws the municipality's guarantees back (borgstelling): a risk, not money paid. */
  municipalGuarantees: number;
  /** The silos (slugs) that paid, per origin, in the workspace's stream order. */
  silos: Record<MoneyOrigin, string[]>;
}

export interface LetterImpactRow {
  indicatorId: string;
  dimension: Dimension;
  kind: IndicatorKind;
  /** The year of the largest effect (lines start, end and fade, so no one year fits all). */
  year: number;
  /** (value - noAction) x divisor: the portfolio's effect in `unit` at the blended funded shares. */
  effect: number;
  /** The effect's P10, P50 and P90 over the Monte Carlo draws, in `unit` (p10 <= p50 <= p90). */
  p10: number;
  p50: number;
  p90: number;
  /** The denominator's unit (households), else the indicator's own unit. */
  unit: string;
  /** Share of the no-portfolio path's distance to the boundary that year that the P50 effect closes; null when inside. */
  shareOfDistance: number | null;
}

export interface LetterGapRow {
  planId: string;
  cooperativeId: string;
  gap: number;
  fundedShare: number;
  probabilityFullyFunded: number | null;
  expectedFundedShare: number | null;
  /** The binding rules behind the gap, the weightiest first (one explanation per rule). */
  reasons: Explanation[];
}

export interface LetterRiskRow {
  planId: string;
  probabilityFullyFunded: number;
  expectedFundedShare: number;
}

export interface LetterNextEuroRow {
  kind: 'stream' | 'incubator';
  streamId: string;
  addedEuros: number;
  /** Euros of gap the step closes (the change in the portfolio's funded total). */
  fundedChange: number;
  /** Change in the weighted distance to the Doughnut (negative: closer). */
  distanceChange: number;
}

export interface CouncilLetterModel {
  /** The scenario the letter is about: the report's first. */
  scenarioId: string;
  money: LetterMoney;
  /** Every reported scenario's money, in the report's order (the first is `money`). */
  scenarios: LetterMoney[];
  impact: {
    rows: LetterImpactRow[];
    /** Indicators the portfolio's impact lines move; `rows` shows the weightiest of them. */
    touchedIndicators: number;
    touchedDimensions: number;
    draws: number;
  };
  unfunded: { rows: LetterGapRow[]; plansWithGap: number; gap: number };
  awardRisk: LetterRiskRow[];
  nextEuro: { stepEurosPerYear: number; best: LetterNextEuroRow[] } | null;
  /** Cooperatives at 80 % of their de minimis ceiling or more. */
  deMinimisNear: string[];
}

const cents = (euros: number) => Math.round(euros * 100);

/** The money of one scenario by origin, summed in cents from the blend's allocations. */
export function letterMoney(workspace: Workspace, run: ScenarioRun): LetterMoney {
  const origin = new Map(
    workspace.fundingStreams.map((s) => [s.id, moneyOriginOf(s, workspace.settings.municipality)]),
  );
  // A de-siloing scenario blends pools of streams: a pool's money is its members' origin;
  // of mixed members, municipal when the municipality's own silos are among them (it holds
  // the pot), else other public, else private.
  const siloOf = new Map(workspace.fundingStreams.map((s) => [s.id, [s.silo]]));
  for (const pool of run.desiloing?.pools ?? []) {
    const origins = new Set(pool.members.map((m) => origin.get(m.id)));
    const [only] = origins;
    const pooled: MoneyOrigin =
      origins.size === 1 && only !== undefined
        ? only
        : origins.has('municipal')
          ? 'municipal'
          : origins.has('otherPublic')
            ? 'otherPublic'
            : 'private';
    origin.set(pool.id, pooled);
    siloOf.set(pool.id, [...new Set(pool.members.map((m) => m.silo))]);
  }
  const sums: Record<MoneyOrigin, number> = { municipal: 0, otherPublic: 0, private: 0, members: 0 };
  const paid = new Set<string>();
  for (const a of run.blend.allocations) {
    // An allocation names a stream of the workspace or a pool; anything else is a broken blend.
    const from = origin.get(a.streamId);
    if (from === undefined) throw new Error(`allocation from unknown stream "${a.streamId}"`);
    sums[from] += a.amount;
    if (a.amount > 0) paid.add(a.streamId);
  }
  const ownRevenue = run.blend.ownRevenue.reduce((sum, u) => sum + u.amount, 0);
  const guaranteed = run.blend.guarantees.reduce(
    (sum, g) => (origin.get(g.streamId) === 'municipal' ? sum + g.amount : sum),
    0,
  );
  const mobilised = sums.otherPublic + sums.private + sums.members + ownRevenue;
  const silos = {} as Record<MoneyOrigin, string[]>;
  for (const o of MONEY_ORIGINS) silos[o] = [];
  for (const [id, from] of origin) {
    if (!paid.has(id)) continue;
    for (const silo of siloOf.get(id) ?? []) if (!silos[from].includes(silo)) silos[from].push(silo);
  }
  return {
    scenarioId: run.scenarioId,
    totalCost: run.blend.totalCost / 100,
    municipal: sums.municipal / 100,
    otherPublic: sums.otherPublic / 100,
    private: sums.private / 100,
    members: sums.members / 100,
    ownRevenue: ownRevenue / 100,
    mobilised: mobilised / 100,
    covered: (sums.municipal + mobilised) / 100,
    gap: run.blend.gap / 100,
    leverage: sums.municipal > 0 ? mobilised / sums.municipal : null,
    municipalGuarantees: guaranteed / 100,
    silos,
  };
}

/**
 * Per indicator the portfolio moves, from the run's contribution (the portfolio group):
 * the year of its largest deterministic effect, and there the P10, P50 and P90 of the
 * effect over the draws, times the divisor (households, not shares). The share of the
 * distance closed is the P50's, as the letter shows the P50 beside its band.
 */
export function impactRows(run: ScenarioRun): LetterImpactRow[] {
  const projected = new Map(run.indicators.map((i) => [i.indicator.id, i]));
  const rows: LetterImpactRow[] = [];
  for (const dimension of run.contribution.portfolio.dimensions) {
    if (!dimension.touched) continue;
    for (const contribution of dimension.indicators) {
      const own = projected.get(contribution.indicatorId);
      if (own === undefined || contribution.years.length === 0) continue;
      let peak = contribution.years[0]!;
      for (const y of contribution.years) if (Math.abs(y.effect) > Math.abs(peak.effect)) peak = y;
      const noAction = own.years.find((y) => y.year === peak.year)?.noAction;
      if (noAction === undefined) continue;
      const divisor = contribution.divisor;
      const low = Math.min(peak.p10, peak.p90);
      const high = Math.max(peak.p10, peak.p90);
      const middle = Math.min(high, Math.max(low, peak.p50));
      rows.push({
        indicatorId: contribution.indicatorId,
        dimension: contribution.dimension,
        kind: contribution.kind,
        year: peak.year,
        effect: peak.absolute,
        p10: low * divisor,
        p50: middle * divisor,
        p90: high * divisor,
        unit: contribution.absoluteUnit,
        shareOfDistance: shareOfDistance(own.indicator, noAction, middle),
      });
    }
  }
  return rows;
}

/** The weightiest `limit` rows (largest share of distance closed, then largest effect), in the Doughnut's order. */
export function letterImpactSelection(rows: readonly LetterImpactRow[], limit: number): LetterImpactRow[] {
  const weight = (r: LetterImpactRow) => Math.abs(r.shareOfDistance ?? 0);
  const chosen = [...rows]
    .sort((a, b) => weight(b) - weight(a) || Math.abs(b.effect) - Math.abs(a.effect))
    .slice(0, limit);
  const order = (r: LetterImpactRow) => DIMENSIONS.indexOf(r.dimension);
  return chosen.sort((a, b) => order(a) - order(b));
}

/** Eligibility first (no stream may pay those costs at all), then the rules worth most per euro; one per rule. */
function reasonsOf(explanations: readonly Explanation[]): Explanation[] {
  const rank = (e: Explanation) => (e.rule === 'eligibility' ? Number.POSITIVE_INFINITY : e.valuePerEuro);
  const seen = new Set<BlendRule>();
  return [...explanations]
    .sort((a, b) => rank(b) - rank(a))
    .filter((e) => (seen.has(e.rule) ? false : (seen.add(e.rule), true)));
}

/**
 * The explanations about a plan's gap: about the plan, its cooperative's de minimis room,
 * or the budget of a stream it could draw on (as the plan chapters list them).
 */
function gapExplanations(analysis: PlanAnalysis, cooperativeId: string): Explanation[] {
  const eligible = new Set(analysis.eligibleStreamIds);
  return analysis.explanations.filter((e) => {
    if (e.planId !== null) return e.planId === analysis.planId;
    if (e.cooperativeId !== null) return e.cooperativeId === cooperativeId;
    return e.streamId !== null && eligible.has(e.streamId);
  });
}

export interface LetterScenarioInput {
  scenarioId: string;
  run: ScenarioRun;
  plans: readonly PlanAnalysis[];
  deMinimisNear: readonly string[];
}

/** Gap rows, award risk and the next-euro decisions of the letter's scenario. */
export function councilLetter(
  workspace: Workspace,
  scenarios: readonly LetterScenarioInput[],
  ranking: NextEuroResult | null,
): CouncilLetterModel {
  const focus = scenarios[0];
  if (focus === undefined) throw new Error('A council letter needs a scenario');
  const all = scenarios.map((s) => letterMoney(workspace, s.run));
  const chances = new Map(focus.run.plans.map((p) => [p.planId, p]));
  const cooperativeOf = new Map(workspace.plans.map((p) => [p.id, p.cooperativeId]));
  // A gap that rounds to no whole euro is no gap (as the report prints it).
  const withGap = focus.plans.filter((p) => Math.round(p.gap) > 0);
  const gapRows = [...withGap]
    .sort((a, b) => b.gap - a.gap)
    .slice(0, LETTER_GAP_ROWS)
    .map((p) => ({
      planId: p.planId,
      cooperativeId: cooperativeOf.get(p.planId) ?? '',
      gap: p.gap,
      fundedShare: p.fundedShare,
      probabilityFullyFunded: chances.get(p.planId)?.probabilityFullyFunded ?? null,
      expectedFundedShare: chances.get(p.planId)?.expectedFundedShare ?? null,
      reasons: reasonsOf(gapExplanations(p, cooperativeOf.get(p.planId) ?? '')),
    }));
  const gapPlans = new Set(withGap.map((p) => p.planId));
  const awardRisk = focus.run.plans
    .filter((p) => !gapPlans.has(p.planId) && p.expectedFundedShare < AWARD_RISK_SHARE)
    .sort((a, b) => a.expectedFundedShare - b.expectedFundedShare)
    .slice(0, LETTER_RISK_ROWS)
    .map((p) => ({
      planId: p.planId,
      probabilityFullyFunded: p.probabilityFullyFunded,
      expectedFundedShare: p.expectedFundedShare,
    }));
  const rows = impactRows(focus.run);
  const touchedDims = new Set(rows.map((r) => r.dimension));
  return {
    scenarioId: focus.scenarioId,
    money: all[0]!,
    scenarios: all,
    impact: {
      rows: letterImpactSelection(rows, LETTER_IMPACT_ROWS),
      touchedIndicators: rows.length,
      touchedDimensions: touchedDims.size,
      draws: focus.run.monteCarlo.draws,
    },
    unfunded: {
      rows: gapRows,
      plansWithGap: withGap.length,
      gap: withGap.reduce((sum, p) => sum + cents(p.gap), 0) / 100,
    },
    awardRisk,
    nextEuro:
      ranking === null
        ? null
        : {
            stepEurosPerYear: ranking.stepEurosPerYear,
            // Helpful steps only: closer to the Doughnut, or more of the cost funded.
            best: ranking.candidates
              .filter((c) => c.lever !== 'none' && (c.distanceChange < 0 || c.fundedChange > 0.5))
              .slice(0, LETTER_NEXT_EURO_ROWS)
              .map((c) => ({
                kind: c.kind,
                streamId: c.streamId,
                addedEuros: c.addedEuros,
                fundedChange: c.fundedChange,
                distanceChange: c.distanceChange,
              })),
          },
    deMinimisNear: [...focus.deMinimisNear],
  };
}
