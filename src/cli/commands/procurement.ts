import type { Command } from 'commander';
import { z } from 'zod';
import { procurementAnalysisSchema } from '../../contract';
import { procurementAnalysis, type ProcurementAnalysis } from '../../finance/analysis/procurement';
import type { Lang } from '../../model/messages';
import { resolveLang, type CliIo } from '../io';
import { loadWorkspaceFrom } from '../workspace-source';

/** Right-aligned figures after the first (year) column. */
function columns(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

function text(analysis: ProcurementAnalysis, lang: Lang): string {
  const nl = lang === 'nl';
  const locale = nl ? 'nl-NL' : 'en-GB';
  const money = (cents: number | null) =>
    cents === null
      ? '-'
      : new Intl.NumberFormat(locale, {
          style: 'currency',
          currency: 'EUR',
          maximumFractionDigits: 0,
        }).format(cents / 100);
  const pct = (share: number | null) =>
    share === null
      ? '-'
      : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(share);
  if (analysis.years.length === 0) {
    return nl
      ? 'Deze werkruimte heeft geen inkoopgegevens (inkoopvolume of opdrachten aan coöperaties).\n'
      : 'This workspace has no procurement data (purchasing volume or contracts awarded to cooperatives).\n';
  }
  const out = [
    nl
      ? 'Inkoop als vliegwiel: opdrachten aan coöperaties per jaar'
      : 'Procurement as a flywheel: contracts awarded to cooperatives per year',
    '',
  ];
  out.push(
    ...columns(
      nl
        ? [
            'Jaar',
            'Inkoopvolume',
            'Gegund aan coöperaties',
            'Aandeel',
            'Voorbehouden',
            'Aantal voorbehouden',
            'Social Return',
          ]
        : [
            'Year',
            'Purchasing volume',
            'Awarded to cooperatives',
            'Share',
            'Reserved',
            'Reserved contracts',
            'Social Return',
          ],
      analysis.years.map((y) => [
        String(y.year),
        money(y.volume),
        money(y.awarded),
        pct(y.share),
        money(y.reserved),
        String(y.reservedContracts),
        money(y.socialReturn),
      ]),
    ),
  );
  return `${out.join('\n')}\n`;
}

export function registerProcurement(program: Command, io: CliIo): void {
  program
    .command('procurement')
    .description(
      'municipal procurement awarded to cooperatives per year: amount and share of the relevant purchasing volume, reserved contracts and Social Return realised',
    )
    .option('--db <file>', 'a workspace file (.coopfolio)')
    .option('--workspace <file>', 'a workspace JSON file')
    .option('--json', 'print the result as JSON on stdout (amounts in euros)')
    .option('--lang <nl|en>', 'language of messages')
    .action((options: { db?: string; workspace?: string; json?: boolean; lang?: string }) => {
      const lang = resolveLang(options.lang, io.env);
      const analysis = procurementAnalysis(loadWorkspaceFrom(io, options, lang).procurement);
      io.stdout(
        options.json === true
          ? `${JSON.stringify(z.encode(procurementAnalysisSchema, analysis), null, 2)}\n`
          : text(analysis, lang),
      );
    });
}
