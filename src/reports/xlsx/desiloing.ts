/**
 * A de-siloing scenario's sheet: per plan the gap with silos and pooled (the engine's
 * values) and the gap closed as a live difference, their totals as sums; per Doughnut
 * dimension the mean distance with silos and pooled and the distance gained as a live
 * difference, the weighted distances (weight 1 each, as the report computes them) as
 * sums (docs/methodology.md "Ontschotting").
 */
import { poolMembersOf } from '../../finance/blend/eligibility';
import type { DesiloingResult } from '../../impact/desiloing-result';
import { scenarioOverlay } from '../../impact/scenario';
import type { FundingStream } from '../../model/stream';
import type { ReportModel } from '../model';
import { dimensionLabel } from '../../impact/framework';
import type { Lang } from '../../model/messages';
import { siloLabel } from '../../model/silo';
import { tr } from './lang';
import { eurosFormula, formula, FORMAT, num, text, SheetBuilder, type SheetSpec } from './sheet';

const euros = (cents: number) => cents / 100;

/** The pool streams of the report's de-siloing scenarios, each id once (the inputs sheet lists them). */
export function poolStreamsOf(model: ReportModel): FundingStream[] {
  const pools = new Map<string, FundingStream>();
  for (const report of model.scenarios) {
    if (report.scenario.desiloing === undefined) continue;
    for (const stream of scenarioOverlay(model.workspace, report.scenario).workspace.fundingStreams) {
      if (poolMembersOf(stream) !== undefined && !pools.has(stream.id)) pools.set(stream.id, stream);
    }
  }
  return [...pools.values()];
}

export function desiloingSheetName(lang: Lang, n: number): string {
  return `S${n} ${tr(lang, 'desiloing.deSiloing')}`;
}

export function desiloingSheet(
  d: DesiloingResult,
  planName: (id: string) => string,
  name: string,
  lang: Lang,
): SheetSpec {
  const b = new SheetBuilder(name);
  b.row('title', text(tr(lang, 'desiloing.deSiloingGapClosed')));
  b.row(
    'plain',
    text(
      tr(lang, 'desiloing.pooledSilos') +
        d.silos.map(siloLabel).join(', ') +
        tr(lang, 'desiloing.closedAndGainedAre'),
    ),
  );
  b.header([
    tr(lang, 'desiloing.plan'),
    tr(lang, 'desiloing.gapWithSilos'),
    tr(lang, 'desiloing.gapPooled'),
    tr(lang, 'desiloing.gapClosed'),
  ]);
  const firstPlan = b.nextRow;
  for (const p of d.plans) {
    const r = b.nextRow;
    b.row(
      'plain',
      text(planName(p.planId)),
      num(euros(p.gapSiloed), FORMAT.euros),
      num(euros(p.gapPooled), FORMAT.euros),
      eurosFormula(`B${r}-C${r}`, p.gapSiloed - p.gapPooled),
    );
  }
  const lastPlan = b.nextRow - 1;
  const total = b.nextRow;
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  const siloed = sum(d.plans.map((p) => p.gapSiloed));
  const pooled = sum(d.plans.map((p) => p.gapPooled));
  b.row(
    'total',
    text(tr(lang, 'desiloing.allPlans')),
    eurosFormula(`SUM(B${firstPlan}:B${lastPlan})`, siloed),
    eurosFormula(`SUM(C${firstPlan}:C${lastPlan})`, pooled),
    eurosFormula(`B${total}-C${total}`, siloed - pooled),
  );
  b.row('plain');
  b.header([
    tr(lang, 'desiloing.dimension'),
    tr(lang, 'desiloing.distanceWithSilos'),
    tr(lang, 'desiloing.distancePooled'),
    tr(lang, 'desiloing.gained'),
  ]);
  const firstDimension = b.nextRow;
  for (const dim of d.dimensions) {
    const r = b.nextRow;
    b.row(
      'plain',
      text(dimensionLabel(dim.dimension, lang)),
      num(dim.distanceSiloed, FORMAT.share),
      num(dim.distancePooled, FORMAT.share),
      formula(`B${r}-C${r}`, dim.distanceSiloed - dim.distancePooled, 'ratio', FORMAT.rate),
    );
  }
  const lastDimension = b.nextRow - 1;
  const weighted = b.nextRow;
  const weightedSiloed = sum(d.dimensions.map((x) => x.distanceSiloed));
  const weightedPooled = sum(d.dimensions.map((x) => x.distancePooled));
  b.row(
    'total',
    text(tr(lang, 'desiloing.weightedDistanceWeight1')),
    formula(`SUM(B${firstDimension}:B${lastDimension})`, weightedSiloed, 'ratio', FORMAT.ratio),
    formula(`SUM(C${firstDimension}:C${lastDimension})`, weightedPooled, 'ratio', FORMAT.ratio),
    formula(`B${weighted}-C${weighted}`, weightedSiloed - weightedPooled, 'ratio', FORMAT.factor),
  );
  b.freeze = { rows: 3, columns: 1 };
  return b.build();
}
