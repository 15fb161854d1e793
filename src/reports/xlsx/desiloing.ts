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
import { eurosFormula, formula, FORMAT, num, text, type RowSpec, type SheetSpec } from './sheet';

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
  const rows: RowSpec[] = [];
  const add = (style: RowSpec['style'], ...cells: RowSpec['cells']) => rows.push({ style, cells });
  add('title', text(tr(lang, 'desiloing.deSiloingGapClosed')));
  add(
    'plain',
    text(
      tr(lang, 'desiloing.pooledSilos') +
        d.silos.map(siloLabel).join(', ') +
        tr(lang, 'desiloing.closedAndGainedAre'),
    ),
  );
  add(
    'header',
    text(tr(lang, 'desiloing.plan')),
    text(tr(lang, 'desiloing.gapWithSilos')),
    text(tr(lang, 'desiloing.gapPooled')),
    text(tr(lang, 'desiloing.gapClosed')),
  );
  const firstPlan = rows.length + 1;
  for (const p of d.plans) {
    const r = rows.length + 1;
    add(
      'plain',
      text(planName(p.planId)),
      num(euros(p.gapSiloed), FORMAT.euros),
      num(euros(p.gapPooled), FORMAT.euros),
      eurosFormula(`B${r}-C${r}`, p.gapSiloed - p.gapPooled),
    );
  }
  const lastPlan = rows.length;
  const total = rows.length + 1;
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  const siloed = sum(d.plans.map((p) => p.gapSiloed));
  const pooled = sum(d.plans.map((p) => p.gapPooled));
  add(
    'total',
    text(tr(lang, 'desiloing.allPlans')),
    eurosFormula(`SUM(B${firstPlan}:B${lastPlan})`, siloed),
    eurosFormula(`SUM(C${firstPlan}:C${lastPlan})`, pooled),
    eurosFormula(`B${total}-C${total}`, siloed - pooled),
  );
  add('plain');
  add(
    'header',
    text(tr(lang, 'desiloing.dimension')),
    text(tr(lang, 'desiloing.distanceWithSilos')),
    text(tr(lang, 'desiloing.distancePooled')),
    text(tr(lang, 'desiloing.gained')),
  );
  const firstDimension = rows.length + 1;
  for (const dim of d.dimensions) {
    const r = rows.length + 1;
    add(
      'plain',
      text(dimensionLabel(dim.dimension, lang)),
      num(dim.distanceSiloed, FORMAT.share),
      num(dim.distancePooled, FORMAT.share),
      formula(`B${r}-C${r}`, dim.distanceSiloed - dim.distancePooled, 'ratio', FORMAT.rate),
    );
  }
  const lastDimension = rows.length;
  const weighted = rows.length + 1;
  const weightedSiloed = sum(d.dimensions.map((x) => x.distanceSiloed));
  const weightedPooled = sum(d.dimensions.map((x) => x.distancePooled));
  add(
    'total',
    text(tr(lang, 'desiloing.weightedDistanceWeight1')),
    formula(`SUM(B${firstDimension}:B${lastDimension})`, weightedSiloed, 'ratio', FORMAT.ratio),
    formula(`SUM(C${firstDimension}:C${lastDimension})`, weightedPooled, 'ratio', FORMAT.ratio),
    formula(`B${weighted}-C${weighted}`, weightedSiloed - weightedPooled, 'ratio', FORMAT.factor),
  );
  return { name, rows, freeze: { rows: 3, columns: 1 } };
}
