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
  return `S${n} ${tr(lang, 'Ontschotting', 'De-siloing')}`;
}

export function desiloingSheet(
  d: DesiloingResult,
  planName: (id: string) => string,
  name: string,
  lang: Lang,
): SheetSpec {
  const rows: RowSpec[] = [];
  const add = (style: RowSpec['style'], ...cells: RowSpec['cells']) => rows.push({ style, cells });
  add(
    'title',
    text(
      tr(
        lang,
        'Ontschotting: tekort gedicht en donut gewonnen',
        'De-siloing: gap closed and Doughnut gained',
      ),
    ),
  );
  add(
    'plain',
    text(
      tr(lang, 'Samengevoegde schotten: ', 'Pooled silos: ') +
        d.silos.map(siloLabel).join(', ') +
        tr(
          lang,
          '. Gedicht en gewonnen zijn formules: met schotten min ontschot.',
          '. Closed and gained are formulas: with silos minus pooled.',
        ),
    ),
  );
  add(
    'header',
    text(tr(lang, 'Plan', 'Plan')),
    text(tr(lang, 'Tekort met schotten', 'Gap with silos')),
    text(tr(lang, 'Tekort ontschot', 'Gap pooled')),
    text(tr(lang, 'Tekort gedicht', 'Gap closed')),
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
    text(tr(lang, 'Alle plannen', 'All plans')),
    eurosFormula(`SUM(B${firstPlan}:B${lastPlan})`, siloed),
    eurosFormula(`SUM(C${firstPlan}:C${lastPlan})`, pooled),
    eurosFormula(`B${total}-C${total}`, siloed - pooled),
  );
  add('plain');
  add(
    'header',
    text(tr(lang, 'Dimensie', 'Dimension')),
    text(tr(lang, 'Afstand met schotten', 'Distance with silos')),
    text(tr(lang, 'Afstand ontschot', 'Distance pooled')),
    text(tr(lang, 'Gewonnen', 'Gained')),
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
    text(tr(lang, 'Gewogen afstand (gewicht 1)', 'Weighted distance (weight 1)')),
    formula(`SUM(B${firstDimension}:B${lastDimension})`, weightedSiloed, 'ratio', FORMAT.ratio),
    formula(`SUM(C${firstDimension}:C${lastDimension})`, weightedPooled, 'ratio', FORMAT.ratio),
    formula(`B${weighted}-C${weighted}`, weightedSiloed - weightedPooled, 'ratio', FORMAT.factor),
  );
  return { name, rows, freeze: { rows: 3, columns: 1 } };
}
