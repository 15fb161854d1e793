/**
 * The applications and awards of the reported plans (issue 14) as the council report
 * lists them: per cooperative and plan, which stream was applied to, where it stands,
 * what was asked and granted, the decision letter (beschikking) and when it must be
 * accounted for. One list for all formats: the cooperative's chapter, the CSV file and
 * the XLSX sheet.
 */
import type { AwardStatus } from '../model/award';
import { centsToEuros } from '../model/money';
import type { ReportModel } from './model';
import type { ReportTable } from './tables';
import { col } from './table-parts';
import { inBothLangs, reportWords } from './words';

export interface AwardReportRow {
  cooperativeId: string;
  cooperative: string;
  planId: string;
  plan: string;
  streamId: string;
  stream: string;
  status: AwardStatus;
  /** Euros; null when not recorded. */
  requested: number | null;
  granted: number | null;
  /** `YYYY-MM-DD`, or null. */
  appliedOn: string | null;
  decidedOn: string | null;
  reference: string | null;
  reportDue: string | null;
  note: string | null;
}

/** The plans some reported scenario contains: the report speaks of those only. */
function reportedPlanIds(model: ReportModel): Set<string> {
  return new Set(model.scenarios.flatMap((s) => s.plans.map((p) => p.planId)));
}

/** Every award of a reported plan, cooperatives and plans in the workspace's order, awards in the plan's. */
export function awardReportRows(model: ReportModel): AwardReportRow[] {
  const reported = reportedPlanIds(model);
  const streams = new Map(model.workspace.fundingStreams.map((s) => [s.id, s]));
  const rows: AwardReportRow[] = [];
  for (const cooperative of model.workspace.cooperatives) {
    for (const plan of model.workspace.plans) {
      if (plan.cooperativeId !== cooperative.id || !reported.has(plan.id)) continue;
      for (const award of plan.awards) {
        rows.push({
          cooperativeId: cooperative.id,
          cooperative: cooperative.name,
          planId: plan.id,
          plan: plan.name,
          streamId: award.streamId,
          stream: streams.get(award.streamId)?.name ?? award.streamId,
          status: award.status,
          requested: award.requested === undefined ? null : centsToEuros(award.requested),
          granted: award.granted === undefined ? null : centsToEuros(award.granted),
          appliedOn: award.appliedOn ?? null,
          decidedOn: award.decidedOn ?? null,
          reference: award.reference ?? null,
          reportDue: award.reportDue ?? null,
          note: award.note === undefined || award.note === '' ? null : award.note,
        });
      }
    }
  }
  return rows;
}

/** The CSV file and XLSX sheet; dates as ISO text, unambiguous in both languages. */
export function awardsTable(model: ReportModel): ReportTable {
  const words = reportWords(model.lang, 'awards');
  return {
    id: 'awards',
    title: inBothLangs('awards', 'title'),
    columns: [
      col('cooperative', 'text'),
      col('plan', 'text'),
      col('streamId', 'text'),
      col('stream', 'text', 'streamFundingStream'),
      col('status', 'text', 'statusStatus'),
      col('requested', 'euros'),
      col('granted', 'euros'),
      col('appliedOn', 'text'),
      col('decidedOn', 'text'),
      col('reference', 'text'),
      col('reportDue', 'text'),
      col('note', 'text'),
    ],
    rows: awardReportRows(model).map((row) => [
      row.cooperative,
      row.plan,
      row.streamId,
      row.stream,
      words(`status.${row.status}`),
      row.requested,
      row.granted,
      row.appliedOn,
      row.decidedOn,
      row.reference,
      row.reportDue,
      row.note,
    ]),
  };
}
