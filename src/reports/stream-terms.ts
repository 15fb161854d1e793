/**
 * The terms of every funding stream as the council report lists them (issue 13, point 7):
 * which stream, who provides it, its kind, the date its terms were last checked
 * (peildatum), where they come from (bron), and whether they were out of date on the day
 * the report was made. One list for all formats: the HTML table, the CSV file and the
 * XLSX sheet, so paper and spreadsheet never disagree about which terms are stale.
 */
import type { StreamKind } from '../model/stream';
import { enumLabels, inBothLangs } from './words';
import type { ReportModel } from './model';
import type { ReportTable } from './tables';
import { col } from './table-parts';
import { termsAge, type TermsAge } from './terms-age';

export interface StreamTermsRow {
  streamId: string;
  name: string;
  provider: string;
  kind: StreamKind;
  /** `YYYY-MM-DD`, or null when the stream has no peildatum. */
  termsDate: string | null;
  /** A URL or a regulation reference; null when none is given. */
  source: string | null;
  /** Judged on the report's own date, so an old report keeps saying what was true then. */
  age: TermsAge;
  /** A draft (concept): listed with its terms, but no figure of the report counts it. */
  draft: boolean;
}

/** The date the report judges by: the day it was generated (UTC, as its time stamp). */
export function reportDay(model: ReportModel): string {
  return model.provenance.generatedAt.slice(0, 10);
}

/** Every stream of the workspace, in its own order: the report lists all terms, used or not. */
export function streamTermsRows(model: ReportModel): StreamTermsRow[] {
  const today = reportDay(model);
  return model.workspace.fundingStreams.map((stream) => ({
    streamId: stream.id,
    name: stream.name,
    provider: stream.provider ?? '',
    kind: stream.kind,
    termsDate: stream.termsDate ?? null,
    source: stream.source === undefined || stream.source.trim() === '' ? null : stream.source,
    age: termsAge(stream.termsDate, today),
    draft: stream.draft,
  }));
}

/**
 * The CSV file and XLSX sheet. The peildatum is ISO text (`2024-03-03`): unambiguous in
 * both languages, and sorted right as text; the age in days is a number beside it.
 */
export function streamTermsTable(model: ReportModel): ReportTable {
  const label = enumLabels(model.lang);
  return {
    id: 'stream-terms',
    title: inBothLangs('streamTerms', 'sheet'),
    columns: [
      col('streamId', 'text'),
      col('stream', 'text', 'streamFundingStream'),
      col('provider', 'text'),
      col('kind', 'text'),
      col('termsDate', 'text'),
      col('source', 'text'),
      col('ageDays', 'number'),
      col('outdated', 'boolean'),
      col('draft', 'boolean'),
    ],
    rows: streamTermsRows(model).map((row) => [
      row.streamId,
      row.name,
      row.provider,
      label('streamKind', row.kind),
      row.termsDate,
      row.source,
      row.age.status === 'missing' ? null : row.age.days,
      row.age.status !== 'current',
      row.draft,
    ]),
  };
}
