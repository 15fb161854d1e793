// fast-check arbitrary for the contribution property: the blend's small random workspaces
// (tests/finance/blend/arbitraries.ts) with Doughnut indicators (floors and ceilings, with
// and without a city total, on both sides of their threshold), impact lines with
// uncertainty on every plan, cooperatives spread over districts and partnership forms, and
// a scenario of some of the plans.
import fc from 'fast-check';
import { PARTNERSHIPS, SECTORS } from '../../src/model/cooperative';
import { DIMENSIONS, kindOfDimension } from '../../src/model/doughnut';
import type { IndicatorJson } from '../../src/model/indicator';
import type { Workspace, WorkspaceJson } from '../../src/model/workspace';
import { blendCaseArb, FIRST_YEAR } from '../finance/blend/arbitraries';
import { parsed } from './builders';

export const SCENARIO_ID = 'scenario';

const indicatorArb = fc.record({
  dimension: fc.constantFrom(...DIMENSIONS),
  threshold: fc.integer({ min: 1, max: 1000 }),
  // The baseline as a multiple of the threshold: inside or outside the boundary.
  baselineRatio: fc.constantFrom(0.3, 0.8, 1, 1.2, 2),
  trend: fc.constantFrom(-0.05, 0, 0.02),
  denominator: fc.option(fc.integer({ min: 10, max: 500_000 }), { nil: undefined }),
});

const lineArb = fc.record({
  indicator: fc.nat(),
  start: fc.integer({ min: FIRST_YEAR - 1, max: FIRST_YEAR + 5 }),
  duration: fc.integer({ min: 1, max: 6 }),
  output: fc.integer({ min: -500, max: 500 }),
  deadweight: fc.constantFrom(0, 0.1, 0.5),
  dropOff: fc.constantFrom(0, 0.2),
  uncertainty: fc.constantFrom({ low: 1, high: 1 }, { low: 0.5, high: 1.5 }, { low: 0, high: 3 }),
});

export interface ContributionCase {
  workspace: Workspace;
  draws: number;
}

export const contributionCaseArb: fc.Arbitrary<ContributionCase> = fc
  .record({
    blend: blendCaseArb,
    indicators: fc.array(indicatorArb, { minLength: 1, maxLength: 3 }),
    // Cooperatives beside the blend's (up to three): groups of several cooperatives per district.
    extraSectors: fc.array(fc.constantFrom(...SECTORS), { maxLength: 3 }),
    districts: fc.array(fc.constantFrom('', 'Noord', 'Zuid'), { minLength: 6, maxLength: 6 }),
    partnerships: fc.array(fc.constantFrom(...PARTNERSHIPS.slice(0, 3)), { minLength: 6, maxLength: 6 }),
    // Per blend plan up to two copies, each for a cooperative of its own (by index).
    copies: fc.array(fc.array(fc.nat(), { maxLength: 2 }), { minLength: 3, maxLength: 3 }),
    lines: fc.array(fc.array(lineArb, { maxLength: 3 }), { minLength: 9, maxLength: 9 }),
    horizon: fc.integer({ min: 1, max: 6 }),
    seed: fc.nat(),
    draws: fc.integer({ min: 1, max: 300 }),
  })
  .map((draw) => {
    const indicators: IndicatorJson[] = draw.indicators.map((d, i) => ({
      id: `ind${i}`,
      label: `Indicator ${i}`,
      dimension: d.dimension,
      kind: kindOfDimension(d.dimension),
      unit: 'unit',
      baseline: { year: FIRST_YEAR, value: d.threshold * d.baselineRatio },
      threshold: d.threshold,
      trend: d.trend,
      ...(d.denominator === undefined
        ? {}
        : { denominator: { value: d.denominator, unit: 'households', year: FIRST_YEAR } }),
    }));
    const base = draw.blend.json;
    const cooperatives = [
      ...(base.cooperatives ?? []),
      ...draw.extraSectors.map((sector, i) => ({
        id: `extra${i}`,
        name: `Extra ${i}`,
        sector,
        legalForm: 'cooperatie-ua' as const,
        stage: 'startup' as const,
        members: 10,
      })),
    ].map((c, i) => {
      const district = draw.districts[i] ?? '';
      return { ...c, ...(district === '' ? {} : { district }), partnership: draw.partnerships[i] ?? 'none' };
    });
    const basePlans = base.plans ?? [];
    const copies = basePlans.flatMap((p, i) =>
      (draw.copies[i] ?? []).map((c, k) => ({
        ...p,
        id: `${p.id}-copy${k}`,
        name: `${p.name} (copy ${k})`,
        cooperativeId: cooperatives[c % cooperatives.length]!.id,
      })),
    );
    const json: WorkspaceJson = {
      ...base,
      settings: { ...base.settings, horizonYears: draw.horizon },
      cooperatives,
      plans: [...basePlans, ...copies].map((p, i) => ({
        ...p,
        impacts: (draw.lines[i] ?? []).map((l) => ({
          indicatorId: indicators[l.indicator % indicators.length]!.id,
          start: l.start,
          duration: l.duration,
          output: l.output,
          deadweight: l.deadweight,
          dropOff: l.dropOff,
          uncertainty: l.uncertainty,
          evidence: 'weak' as const,
          basis: 'property',
        })),
      })),
      indicators,
      scenarios: [
        {
          id: SCENARIO_ID,
          name: 'Scenario',
          // The blend's chosen plans and every copy: a portfolio of several plans most of the time.
          plans: [...draw.blend.request.planIds, ...copies.map((p) => p.id)],
          streamFactors: draw.blend.request.streamFactors ?? {},
          monteCarlo: { draws: draw.draws, seed: draw.seed },
        },
      ],
    };
    return { workspace: parsed(json), draws: draw.draws };
  });
