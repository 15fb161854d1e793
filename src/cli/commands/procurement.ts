import type { Command } from 'commander';
import { z } from 'zod';
import { procurementAnalysisSchema } from '../../contract';
import { procurementAnalysis, type ProcurementAnalysis } from '../../finance/analysis/procurement';
import { localeOf, type Lang } from '../../i18n';
import { cliWords, columns, euroFormat } from '../format';
import { resolveLang, type CliIo } from '../io';
import { addOutputOptions, addSourceOptions, type SourceCommandOptions } from '../source-options';
import { loadWorkspaceFrom } from '../workspace-source';

function text(analysis: ProcurementAnalysis, lang: Lang): string {
  const t = cliWords(lang);
  const euros = euroFormat(lang);
  const money = (cents: number | null) => (cents === null ? '-' : euros.format(cents / 100));
  const percent = new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 2 });
  const pct = (share: number | null) => (share === null ? '-' : percent.format(share));
  if (analysis.years.length === 0) return `${t('procurement.none')}\n`;
  const out = [t('procurement.title'), ''];
  out.push(
    ...columns(
      [
        t('words.year'),
        ...['volume', 'awarded', 'share', 'reserved', 'reservedContracts', 'socialReturn'].map((key) =>
          t(`procurement.${key}`),
        ),
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
  const command = program
    .command('procurement')
    .description(
      'municipal procurement awarded to cooperatives per year: amount and share of the relevant purchasing volume, reserved contracts and Social Return realised',
    );
  addSourceOptions(command);
  addOutputOptions(command).action((options: SourceCommandOptions) => {
    const lang = resolveLang(options.lang, io.env);
    const analysis = procurementAnalysis(loadWorkspaceFrom(io, options, lang).procurement);
    io.stdout(
      options.json === true
        ? `${JSON.stringify(z.encode(procurementAnalysisSchema, analysis), null, 2)}\n`
        : text(analysis, lang),
    );
  });
}
