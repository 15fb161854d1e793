/**
 * The procurement sheet (issue 15, point 6; docs/methodology.md "Inkoop als vliegwiel"): the
 * contracts awarded to cooperatives as entered, then per year the amount awarded, reserved
 * contracts and Social Return as SUMIFS/COUNTIFS over those contracts and the share awarded
 * as awarded / volume, all live; then per scenario with a lever its target, the extra volume
 * MAX(0, ROUND(target × volume) − awarded) and the revenue at the contribution margin as
 * formulas, and per plan the gap closed as gap without minus gap with.
 */
import { procurementAnalysis } from '../../finance/analysis/procurement';
import type { Lang } from '../../model/messages';
import type { ReportModel } from '../model';
import { tr } from './lang';
import { eurosFormula, formula, FORMAT, num, text, SheetBuilder, type SheetSpec } from './sheet';

export function procurementSheetName(lang: Lang): string {
  return tr(lang, 'procurement.procurement');
}

/** Null when the workspace has no procurement data and no scenario a lever. */
export function procurementSheet(model: ReportModel, name: string): SheetSpec | null {
  const { lang, workspace } = model;
  const section = workspace.procurement;
  const levered = model.scenarios.filter((s) => s.run.procurement !== undefined);
  if (section === undefined && levered.length === 0) return null;
  const b = new SheetBuilder(name);
  const coopName = (id: string) => workspace.cooperatives.find((c) => c.id === id)?.name ?? id;
  const planName = (id: string) => workspace.plans.find((p) => p.id === id)?.name ?? id;
  b.row('title', text(tr(lang, 'procurement.procurementAsAFlywheel')));
  b.row('plain', text(tr(lang, 'procurement.awardedReservedAndSocial')));
  b.row('section', text(tr(lang, 'procurement.contractsAwardedToCooperatives')));
  b.header([
    tr(lang, 'procurement.year'),
    tr(lang, 'procurement.cooperative'),
    tr(lang, 'procurement.plan'),
    tr(lang, 'procurement.amount'),
    tr(lang, 'procurement.reserved1Yes'),
    tr(lang, 'procurement.socialReturn'),
  ]);
  const first = b.nextRow;
  for (const c of section?.contracts ?? []) {
    b.row(
      'plain',
      num(c.year, FORMAT.year),
      text(coopName(c.cooperativeId)),
      text(c.planId === undefined ? '' : planName(c.planId)),
      num(c.amount / 100, FORMAT.euros),
      num(c.reserved ? 1 : 0, FORMAT.integer),
      num(c.socialReturn / 100, FORMAT.euros),
    );
  }
  // An empty list still gets one blank row, so the sums below read 0.
  if ((section?.contracts.length ?? 0) === 0) b.row('plain');
  const last = b.nextRow - 1;
  const range = (column: string) => `$${column}$${first}:$${column}$${last}`;
  b.table(tr(lang, 'procurement.perYear'), [
    tr(lang, 'procurement.year'),
    tr(lang, 'procurement.relevantPurchasingVolume'),
    tr(lang, 'procurement.awardedToCooperatives'),
    tr(lang, 'procurement.shareAwarded'),
    tr(lang, 'procurement.reservedContracts'),
    tr(lang, 'procurement.numberReserved'),
    tr(lang, 'procurement.socialReturnRealised'),
  ]);
  for (const y of procurementAnalysis(section).years) {
    const r = b.nextRow;
    b.row(
      'plain',
      num(y.year, FORMAT.year),
      num(y.volume === null ? null : y.volume / 100, FORMAT.euros),
      eurosFormula(`SUMIFS(${range('D')},${range('A')},A${r})`, y.awarded),
      formula(`IF(N(B${r})=0,"",C${r}/B${r})`, y.share, 'ratio', FORMAT.rate),
      eurosFormula(`SUMIFS(${range('D')},${range('A')},A${r},${range('E')},1)`, y.reserved),
      formula(`COUNTIFS(${range('A')},A${r},${range('E')},1)`, y.reservedContracts, 'ratio', FORMAT.integer),
      eurosFormula(`SUMIFS(${range('F')},${range('A')},A${r})`, y.socialReturn),
    );
  }
  for (const report of levered) leverRows(report, b, lang, planName);
  b.freeze = { rows: 0, columns: 1 };
  return b.build();
}

function leverRows(
  report: ReportModel['scenarios'][number],
  b: SheetBuilder,
  lang: Lang,
  planName: (id: string) => string,
): void {
  const effect = report.run.procurement!;
  b.row('plain');
  b.row('section', text(`${tr(lang, 'procurement.scenario')}: ${report.scenario.name}`));
  const targetRow = b.nextRow;
  b.row('plain', text(tr(lang, 'procurement.targetShareAwarded')), num(effect.targetShare, FORMAT.rate));
  const marginRow = b.nextRow;
  b.row(
    'plain',
    text(tr(lang, 'procurement.contributionMargin')),
    num(effect.contributionMargin, FORMAT.rate),
  );
  b.header([
    tr(lang, 'procurement.year'),
    tr(lang, 'procurement.relevantPurchasingVolume'),
    tr(lang, 'procurement.awardedOrCarried'),
    tr(lang, 'procurement.currentShare'),
    tr(lang, 'procurement.extraContracts'),
    tr(lang, 'procurement.extraRevenueAtThe'),
  ]);
  for (const y of effect.years) {
    const r = b.nextRow;
    b.row(
      'plain',
      num(y.year, FORMAT.year),
      num(y.volume, FORMAT.euros),
      num(y.awarded, FORMAT.euros),
      formula(`IF(B${r}=0,0,C${r}/B${r})`, y.currentShare, 'ratio', FORMAT.rate),
      formula(`MAX(0,ROUND($B$${targetRow}*B${r},2)-C${r})`, y.extraVolume, 'euros', FORMAT.euros),
      formula(`E${r}*$B$${marginRow}`, y.extraVolume * effect.contributionMargin, 'euros', FORMAT.euros),
    );
  }
  b.header([
    tr(lang, 'procurement.plan'),
    tr(lang, 'procurement.extraContracts'),
    tr(lang, 'procurement.extraRevenue'),
    tr(lang, 'procurement.gapWithoutTarget'),
    tr(lang, 'procurement.gapWithTarget'),
    tr(lang, 'procurement.gapClosed'),
  ]);
  for (const p of effect.plans) {
    const r = b.nextRow;
    b.row(
      'plain',
      text(planName(p.planId)),
      num(p.extraVolume, FORMAT.euros),
      num(p.extraRevenue, FORMAT.euros),
      num(p.gapWithout, FORMAT.euros),
      num(p.gapWith, FORMAT.euros),
      formula(`D${r}-E${r}`, p.gapWithout - p.gapWith, 'euros', FORMAT.euros),
    );
  }
}
