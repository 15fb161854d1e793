import { createElement as h, type ReactNode } from 'react';
import type { CooperativeAnalysis } from '../../../finance/analysis/cooperative-schema';
import { siloLabel } from '../../../model/silo';
import { SiloFundingChart, type SiloFundingSeries } from '../charts/SiloFundingChart';
import { useReport } from '../context';
import { Head, Num, NumHead } from '../parts';
import { reportWords } from '../../words';

/** The analysis's silo amounts as the chart's stacks: silos with money, largest first (bottom up). */
export function siloFundingSeries(analysis: CooperativeAnalysis): SiloFundingSeries {
  const totals = new Map<string, number>();
  for (const entry of analysis.siloFunding)
    totals.set(entry.silo, (totals.get(entry.silo) ?? 0) + entry.amount);
  const silos = [...totals]
    .filter(([, total]) => total > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([silo]) => silo);
  return {
    silos,
    years: analysis.years.map((year) => ({
      year: year.year,
      bySilo: silos.map(
        (silo) => analysis.siloFunding.find((s) => s.silo === silo && s.year === year.year)?.amount ?? 0,
      ),
      ownRevenue: year.ownRevenue,
      gap: year.gap,
    })),
  };
}

function SiloTable({
  analysis,
  series,
}: {
  analysis: CooperativeAnalysis;
  series: SiloFundingSeries;
}): ReactNode {
  const { fmt, lang } = useReport();
  const w = reportWords(lang, 'cooperative');
  const cell = (amount: number) => (amount > 0 ? fmt.amount(amount) : '–');
  return h(
    'table',
    { className: 'blend-table silo-table', 'data-silo-table': analysis.cooperativeId },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h(Head, null, w('year')),
        ...series.silos.map((silo) => h(NumHead, { key: silo }, siloLabel(silo))),
        h(NumHead, null, w('ownRevenue')),
        h(NumHead, null, w('gap')),
        h(NumHead, null, w('costs')),
      ),
    ),
    h(
      'tbody',
      null,
      ...series.years.map((year, i) =>
        h(
          'tr',
          { key: year.year },
          h('td', null, String(year.year)),
          ...year.bySilo.map((amount, j) => h(Num, { key: series.silos[j] }, cell(amount))),
          h(Num, null, cell(year.ownRevenue)),
          h(Num, year.gap > 0.005 ? { className: 'gap' } : null, cell(year.gap)),
          h(Num, null, fmt.amount(analysis.years[i]?.costs ?? 0)),
        ),
      ),
    ),
  );
}

type Room = NonNullable<CooperativeAnalysis['sgeiDeMinimis']>;

function DeMinimisTable({ analysis }: { analysis: CooperativeAnalysis }): ReactNode {
  const { fmt, lang } = useReport();
  const w = reportWords(lang, 'cooperative');
  const rooms: { kind: 'general' | 'sgei'; room: Room }[] = [
    ...(analysis.deMinimis === null ? [] : [{ kind: 'general' as const, room: analysis.deMinimis }]),
    ...(analysis.sgeiDeMinimis === null ? [] : [{ kind: 'sgei' as const, room: analysis.sgeiDeMinimis }]),
  ];
  if (rooms.length === 0) return null;
  return h(
    'div',
    { className: 'keep' },
    h('h4', null, w('deMinimisTitle')),
    h(
      'table',
      { className: 'de-minimis' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h(Head, null, w('regime')),
          h(Head, null, w('window')),
          h(NumHead, null, w('ceiling')),
          h(NumHead, null, w('prior')),
          h(NumHead, null, w('fromBlend')),
          h(NumHead, null, w('room')),
          h(NumHead, null, w('used')),
        ),
      ),
      h(
        'tbody',
        null,
        ...rooms.map(({ kind, room }) =>
          h(
            'tr',
            { key: kind, 'data-de-minimis': kind },
            h('td', null, kind === 'general' ? w('general') : w('sgei')),
            h('td', null, `${room.window.first}–${room.window.last}`),
            h(Num, null, fmt.money(room.ceiling)),
            h(Num, null, fmt.money(room.priorAid)),
            h(Num, null, fmt.money(room.blendAid)),
            h(Num, room.headroom < 0 ? { className: 'gap' } : null, fmt.money(room.headroom)),
            h(Num, null, room.usedShare === null ? '–' : fmt.percent(room.usedShare, 0)),
          ),
        ),
      ),
    ),
    h('p', { className: 'note' }, w('deMinimisNote'), analysis.sgeiDeMinimis === null ? '' : w('sgeiNote')),
  );
}

function CashTable({ analysis }: { analysis: CooperativeAnalysis }): ReactNode {
  const { fmt, lang } = useReport();
  const w = reportWords(lang, 'cooperative');
  const low = analysis.years.reduce<CooperativeAnalysis['years'][number] | null>(
    (lowest, year) => (lowest === null || year.cumulative < lowest.cumulative ? year : lowest),
    null,
  );
  if (low === null) return null;
  return h(
    'div',
    { className: 'keep' },
    h('h4', null, w('cashTitle')),
    h(
      'table',
      { className: 'cash-position', 'data-cash-position': analysis.cooperativeId },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h(Head, null, w('year')),
          h(NumHead, null, w('funding')),
          h(NumHead, null, w('revenue')),
          h(NumHead, null, w('costs')),
          h(NumHead, null, w('debtService')),
          h(NumHead, null, w('net')),
          h(NumHead, null, w('cashPosition')),
        ),
      ),
      h(
        'tbody',
        null,
        ...analysis.years.map((year) =>
          h(
            'tr',
            { key: year.year },
            h('td', null, String(year.year)),
            h(Num, null, fmt.amount(year.funded)),
            h(Num, null, fmt.amount(year.revenue)),
            h(Num, null, fmt.amount(year.costs)),
            h(Num, null, fmt.amount(year.debtService)),
            h(Num, null, fmt.amount(year.net)),
            h(Num, year.cumulative < 0 ? { className: 'gap' } : null, fmt.amount(year.cumulative)),
          ),
        ),
      ),
    ),
    h('p', { className: 'note' }, w('lowest', { amount: fmt.money(low.cumulative), year: low.year })),
  );
}

/** A cooperative's funding per silo, de minimis room and cash position under one scenario's blend. */
export function CooperativeFunding({ analysis }: { analysis: CooperativeAnalysis }): ReactNode {
  const { lang } = useReport();
  const w = reportWords(lang, 'cooperative');
  const series = siloFundingSeries(analysis);
  return h(
    'div',
    { className: 'cooperative-funding', 'data-cooperative-funding': analysis.cooperativeId },
    h(
      'div',
      { className: 'keep' },
      h('h4', null, w('fundingTitle')),
      h(SiloFundingChart, {
        series,
        title: w('fundingTitle'),
        caption: w('fundingCaption'),
        labels: { ownRevenue: w('ownRevenue'), gap: w('gap') },
      }),
    ),
    h(SiloTable, { analysis, series }),
    h(DeMinimisTable, { analysis }),
    h(CashTable, { analysis }),
  );
}
