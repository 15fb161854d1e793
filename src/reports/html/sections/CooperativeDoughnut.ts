import { createElement as h, type ReactNode } from 'react';
import { yearOfLargestContribution } from '../../../impact/cooperative-year';
import { contributionRows, type ContributionRow } from '../../../impact/doughnut-contribution-table';
import { dimensionLabel } from '../../../impact/framework';
import { DIMENSIONS } from '../../../model/doughnut';
import type { ScenarioReport } from '../../model';
import { ContributionChart } from '../charts/ContributionChart';
import { contributionWedges } from '../../../charts/doughnut';
import { UserText, useReport, type ReportEnv } from '../context';
import { Head, Num, NumHead } from '../parts';
import { reportWords } from '../../words';

/** A change with its sign, to about four significant digits. */
function signed(env: ReportEnv, value: number): string {
  const text = env.fmt.value(value);
  return value > 0 && text !== '0' ? `+${text}` : text;
}

/** A share of the distance; far below 1% in significant digits, so it never reads as 0%. */
function sharePercent(env: ReportEnv, share: number): string {
  return Math.abs(share) >= 0.01 ? env.fmt.percent(share, 1) : `${env.fmt.value(share * 100)}%`;
}

/** One indicator's cells: its name and units, the change with P10, P50, P90, absolute, share. */
function indicatorCells(env: ReportEnv, row: ContributionRow): ReactNode[] {
  const w = reportWords(env.lang, 'cooperative');
  return [
    h(
      'td',
      { key: 'indicator', dir: 'auto' },
      h(UserText, { text: env.names.indicator(row.indicatorId) }),
      h(
        'span',
        { className: 'sub' },
        ' ',
        h(UserText, {
          text:
            row.unit === row.absoluteUnit
              ? w('unitsSame', { unit: row.unit })
              : w('units', { unit: row.unit, absoluteUnit: row.absoluteUnit }),
        }),
      ),
    ),
    h(Num, { key: 'effect' }, signed(env, row.effect)),
    h(Num, { key: 'p10' }, signed(env, row.p10)),
    h(Num, { key: 'p50' }, signed(env, row.p50)),
    h(Num, { key: 'p90' }, signed(env, row.p90)),
    h(Num, { key: 'absolute' }, signed(env, row.absolute)),
    h(
      Num,
      { key: 'share' },
      row.shareOfDistance === null ? w('inside') : sharePercent(env, row.shareOfDistance),
    ),
  ];
}

/**
 * The cooperative's own Doughnut in the report: its contribution group of the scenario
 * run drawn as the contribution Doughnut (the Contribution section's chart), and all 21
 * dimensions in a table with the change per indicator, its P10, P50 and P90, the change
 * in absolute units and the share of the city's distance closed. Untouched dimensions
 * are named as such. Nothing when the cooperative has no plan in the scenario.
 */
export function CooperativeDoughnut({
  report,
  cooperativeId,
}: {
  report: ScenarioReport;
  cooperativeId: string;
}): ReactNode {
  const env = useReport();
  const w = reportWords(env.lang, 'cooperative');
  const group = report.run.contribution.byCooperative.find((g) => g.key === cooperativeId);
  if (group === undefined) return null;
  const year = yearOfLargestContribution(group, report.run.years);
  const rows = contributionRows(group, year);
  const touched = new Set(group.dimensions.filter((d) => d.touched).map((d) => d.dimension));
  return h(
    'div',
    { className: 'cooperative-doughnut', 'data-cooperative-doughnut': cooperativeId },
    h(
      'div',
      { className: 'keep' },
      h('h4', null, w('doughnutTitle')),
      h(
        'p',
        { className: 'small' },
        w('doughnutIntro', { year }),
        ' ',
        w('touchedCount', { touched: touched.size, total: DIMENSIONS.length }),
      ),
      h(
        'figure',
        { className: 'doughnut-figure' },
        h(ContributionChart, {
          wedges: contributionWedges(group.dimensions, year),
          year,
          idPrefix: `cooperative-${report.scenario.id}-${cooperativeId}`,
        }),
      ),
    ),
    h(
      'table',
      { className: 'contribution-table cooperative-contribution', 'data-year': year },
      h('caption', null, w('tableTitle', { year })),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h(Head, null, w('dimension')),
          h(Head, null, w('indicator')),
          h(NumHead, null, w('change')),
          h(NumHead, null, 'P10'),
          h(NumHead, null, 'P50'),
          h(NumHead, null, 'P90'),
          h(NumHead, null, w('absolute')),
          h(NumHead, null, w('share')),
        ),
      ),
      h(
        'tbody',
        null,
        ...DIMENSIONS.flatMap((dimension): ReactNode[] => {
          const members = rows.filter((row) => row.dimension === dimension);
          const name = dimensionLabel(dimension, env.lang);
          if (members.length === 0) {
            return [
              h(
                'tr',
                {
                  key: dimension,
                  'data-dimension': dimension,
                  'data-touched': String(touched.has(dimension)),
                },
                h('td', null, name),
                h(
                  'td',
                  { colSpan: 7, className: 'muted' },
                  touched.has(dimension) ? w('noFigure') : w('untouched'),
                ),
              ),
            ];
          }
          return members.map((row, i) =>
            h(
              'tr',
              {
                key: `${dimension}|${row.indicatorId}`,
                'data-dimension': dimension,
                'data-touched': 'true',
                'data-indicator': row.indicatorId,
              },
              i === 0 ? h('td', { rowSpan: members.length }, name) : null,
              ...indicatorCells(env, row),
            ),
          );
        }),
      ),
    ),
  );
}
