/**
 * Issue 15 in the report, per scenario inside the Doughnut section: the four City
 * Portrait lenses as four small Doughnuts with their questions and a dimension-by-lens
 * table, and the portfolio's contribution (the Doughnut of the difference, the change per
 * indicator with P10–P90, and the sums per district, sector and partnership form). The
 * wedge values and rows come from src/impact (doughnut-wedges.ts,
 * doughnut-contribution-table.ts), the same code the app draws with.
 */
import { createElement as h, type ReactNode } from 'react';
import {
  contributionRows,
  distancesOf,
  groupSumTable,
  type ContributionRow,
  type ContributionRowGroup,
} from '../../../impact/doughnut-contribution-table';
import { dimensionLabel, lensInfo, lensQuestion } from '../../../impact/framework';
import { LENSES } from '../../../model/doughnut';
import type { ScenarioReport } from '../../model';
import { ContributionChart } from '../charts/ContributionChart';
import {
  contributionWedges,
  dimensionStatuses,
  lensCounts,
  type ContributionWedge,
} from '../../../charts/doughnut';
import { DoughnutChart } from '../charts/DoughnutChart';
import { UserText, useReport, type ReportEnv } from '../context';
import { Head, NumHead, NameCell, Num } from '../parts';
import { reportWordOr, reportWords, type Words } from '../../words';
import { statusText } from './status-text';

/** The year the report's Doughnuts show: the run's last. */
export function reportYear(report: ScenarioReport): number {
  return report.run.years[report.run.years.length - 1] ?? report.run.years[0] ?? 0;
}

/** A change with its sign, to about four significant digits. */
function signed(env: ReportEnv, value: number): string {
  const text = env.fmt.value(value);
  return value > 0 && text !== '0' ? `+${text}` : text;
}

/** A share of the distance; below 1% in two significant digits (0,043%), so it never reads as 0%. */
function sharePercent(env: ReportEnv, share: number): string {
  if (Math.abs(share) >= 0.01 || share === 0) return env.fmt.percent(share, 1);
  return new Intl.NumberFormat(env.fmt.locale, { style: 'percent', maximumSignificantDigits: 2 }).format(
    share,
  );
}

function wedgeText(env: ReportEnv, c: Words<'contribution'>, wedge: ContributionWedge): string {
  if (wedge.state !== 'share') return c(`state.${wedge.state}`);
  // A share without a figure has no words: the cell stays empty.
  if (wedge.share === null) return '';
  return wedge.share >= 0
    ? c('closes', { share: sharePercent(env, wedge.share) })
    : c('widens', { share: sharePercent(env, -wedge.share) });
}

/** Four small Doughnuts, one per lens, each with its question, and the status per dimension and lens. */
export function ScenarioLenses({ report, index }: { report: ScenarioReport; index: number }): ReactNode {
  const env = useReport();
  const c = reportWords(env.lang, 'contribution');
  const year = reportYear(report);
  const city = env.model.municipality.trim() === '' ? c('defaultCity') : env.model.municipality.trim();
  const counts = lensCounts(report.run.indicators);
  const perLens = LENSES.map((lens) => ({
    lens,
    statuses: dimensionStatuses(report.run.indicators, year, lens),
  }));
  return h(
    'div',
    { className: 'lenses-block new-page', 'data-lenses': report.scenario.id },
    h('h4', null, c('lensesTitle'), ' — ', h(UserText, { text: report.scenario.name })),
    h('p', { className: 'small' }, c('lensesIntro', { year })),
    h(
      'div',
      { className: 'lens-grid' },
      ...perLens.map(({ lens, statuses }) =>
        h(
          'figure',
          { key: lens, className: 'lens-doughnut', 'data-lens': lens },
          h('h5', null, lensInfo(lens).name[env.lang], ' · ', c('lensCount', { count: counts[lens] })),
          h('p', { className: 'lens-question' }, lensQuestion(lens, env.lang, city)),
          h(DoughnutChart, {
            statuses,
            year,
            idPrefix: `lens-${index}-${lens}`,
            subtitle: lensInfo(lens).name[env.lang],
            className: 'doughnut doughnut-lens',
          }),
        ),
      ),
    ),
    h(
      'table',
      { className: 'lens-table keep' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h(Head, null, c('dimensionColumn')),
          ...LENSES.map((lens) => h(Head, { key: lens }, lensInfo(lens).name[env.lang])),
        ),
      ),
      h(
        'tbody',
        null,
        ...perLens[0]!.statuses.map((entry, row) =>
          h(
            'tr',
            { key: entry.dimension, 'data-dimension': entry.dimension },
            h('td', null, dimensionLabel(entry.dimension, env.lang)),
            ...perLens.map(({ lens, statuses }) => {
              const status = statuses[row]!.status;
              return h(
                'td',
                {
                  key: lens,
                  className: status === null ? 'muted' : status > 0 ? 'status-breach' : 'status-zero',
                },
                statusText(env, entry.kind, status),
              );
            }),
          ),
        ),
      ),
    ),
  );
}

function ChangeTable({
  rows,
  labelOf,
}: {
  rows: ContributionRow[];
  labelOf: (id: string) => string;
}): ReactNode {
  const env = useReport();
  const c = reportWords(env.lang, 'contribution');
  if (rows.length === 0) return h('p', { className: 'muted' }, c('noRows'));
  const range = (low: number, high: number) =>
    c('range', { low: signed(env, Math.min(low, high)), high: signed(env, Math.max(low, high)) });
  return h(
    'table',
    { className: 'contribution-table' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h(Head, null, c('columns.indicator')),
        h(NumHead, null, c('columns.change')),
        h(NumHead, null, c('columns.range')),
        h(NumHead, null, c('columns.absolute')),
        h(NumHead, null, c('columns.absoluteRange')),
        h(NumHead, null, c('columns.share')),
        h(NumHead, null, c('columns.shareRange')),
      ),
    ),
    h(
      'tbody',
      null,
      ...rows.map((row) =>
        h(
          'tr',
          { key: row.indicatorId, 'data-indicator': row.indicatorId },
          h(NameCell, {
            text: labelOf(row.indicatorId),
            sub: `${dimensionLabel(row.dimension, env.lang)} · ${lensInfo(row.lens).name[env.lang]} · ${row.unit === row.absoluteUnit ? row.unit : c('units', { unit: row.unit, absoluteUnit: row.absoluteUnit })}`,
          }),
          h(Num, null, signed(env, row.effect)),
          h(Num, null, range(row.p10, row.p90)),
          h(Num, null, signed(env, row.absolute)),
          h(Num, null, range(row.absoluteP10, row.absoluteP90)),
          h(
            Num,
            null,
            row.shareOfDistance === null ? c('alreadyInside') : sharePercent(env, row.shareOfDistance),
          ),
          h(
            Num,
            null,
            row.shareP10 === null || row.shareP90 === null
              ? '–'
              : c('range', {
                  low: sharePercent(env, Math.min(row.shareP10, row.shareP90)),
                  high: sharePercent(env, Math.max(row.shareP10, row.shareP90)),
                }),
          ),
        ),
      ),
    ),
  );
}

type GroupKind = 'district' | 'sector' | 'partnership';

function GroupTable(props: {
  kind: GroupKind;
  portfolio: ContributionRowGroup;
  groups: readonly ContributionRowGroup[];
  year: number;
  labelOf: (id: string) => string;
}): ReactNode {
  const env = useReport();
  const c = reportWords(env.lang, 'contribution');
  const table = groupSumTable(props.portfolio, props.groups, props.year);
  if (table.rows.length === 0 || table.groups.length === 0) return null;
  const groupName = (key: string) => {
    if (props.kind === 'district') return key === '' ? c('noDistrict') : key;
    if (props.kind === 'sector') return reportWordOr(env.lang, 'enums', 'sector', key);
    return reportWordOr(env.lang, 'contribution', 'partnership', key);
  };
  return h(
    'div',
    { className: 'group-sums keep', 'data-group-kind': props.kind },
    h('h5', null, c(`groupKinds.${props.kind}`)),
    h(
      'table',
      { className: 'group-table' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h(Head, null, c('columns.indicator')),
          ...table.groups.map((group) =>
            h(
              'th',
              { key: group.key, className: 'num', scope: 'col' },
              h(UserText, { text: groupName(group.key) }),
            ),
          ),
          h(NumHead, null, c('total')),
        ),
      ),
      h(
        'tbody',
        null,
        ...table.rows.map((row) =>
          h(
            'tr',
            { key: row.indicatorId, 'data-indicator': row.indicatorId },
            h(NameCell, { text: props.labelOf(row.indicatorId), sub: row.absoluteUnit }),
            ...row.byGroup.map((value, i) =>
              h(
                'td',
                { key: table.groups[i]?.key ?? i, className: 'num', 'data-value': value ?? '' },
                value === null ? '–' : signed(env, value),
              ),
            ),
            h('td', { className: 'num total', 'data-value': row.portfolio }, signed(env, row.portfolio)),
          ),
        ),
      ),
    ),
  );
}

/** The portfolio's contribution in the report's year: the Doughnut of the difference, the change per indicator, the group sums. */
export function ScenarioContribution({
  report,
  index,
}: {
  report: ScenarioReport;
  index: number;
}): ReactNode {
  const env = useReport();
  const c = reportWords(env.lang, 'contribution');
  const year = reportYear(report);
  const contribution = report.run.contribution;
  const wedges = contributionWedges(contribution.portfolio.dimensions, year);
  const labels = new Map(report.run.indicators.map((i) => [i.indicatorId, i.label]));
  const labelOf = (id: string) => labels.get(id) ?? id;
  const half = Math.ceil(wedges.length / 2);
  return h(
    'div',
    { className: 'contribution-block new-page', 'data-contribution': report.scenario.id },
    h('h4', null, c('contributionTitle'), ' — ', h(UserText, { text: report.scenario.name })),
    h('p', { className: 'small' }, c('contributionIntro', { year })),
    h(
      'figure',
      { className: 'doughnut-figure' },
      h(ContributionChart, { wedges, year, idPrefix: `contribution-${index}` }),
      h('figcaption', null, c('contributionScale')),
    ),
    h(
      'div',
      { className: 'status-columns keep' },
      ...[wedges.slice(0, half), wedges.slice(half)].map((part, i) =>
        h(
          'table',
          { key: i, className: 'status-table contribution-wedges' },
          h(
            'thead',
            null,
            h('tr', null, h(Head, null, c('dimensionColumn')), h(Head, null, c('contribution'))),
          ),
          h(
            'tbody',
            null,
            ...part.map((wedge) =>
              h(
                'tr',
                { key: wedge.dimension, 'data-dimension': wedge.dimension, 'data-state': wedge.state },
                h('td', null, dimensionLabel(wedge.dimension, env.lang)),
                h('td', { className: wedge.state === 'share' ? '' : 'muted' }, wedgeText(env, c, wedge)),
              ),
            ),
          ),
        ),
      ),
    ),
    h('h5', null, c('tableTitle', { year })),
    h('p', { className: 'small muted' }, c('tableIntro')),
    h(ChangeTable, {
      rows: contributionRows(contribution.portfolio, year, 'all', distancesOf(report.run.indicators)),
      labelOf,
    }),
    h('h5', { className: 'new-page' }, c('groupsTitle', { year })),
    h('p', { className: 'small muted' }, c('groupsIntro')),
    h(GroupTable, {
      kind: 'district',
      portfolio: contribution.portfolio,
      groups: contribution.byDistrict,
      year,
      labelOf,
    }),
    h(GroupTable, {
      kind: 'sector',
      portfolio: contribution.portfolio,
      groups: contribution.bySector,
      year,
      labelOf,
    }),
    h(GroupTable, {
      kind: 'partnership',
      portfolio: contribution.portfolio,
      groups: contribution.byPartnership,
      year,
      labelOf,
    }),
  );
}
