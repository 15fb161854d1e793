import { createElement as h, type ReactNode } from 'react';
import { dimensionLabel } from '../../../impact/framework';
import type { ScenarioReport } from '../../model';
import { BandChart, BandLegend } from '../charts/BandChart';
import { bandSeries } from '../../../charts/band';
import type { RunIndicator } from '../charts/BandChart';
import { DoughnutChart } from '../charts/DoughnutChart';
import { dimensionStatuses, type DimensionStatus } from '../../../charts/doughnut';
import { UserText, useReport } from '../context';
import { Head, Section } from '../parts';
import { ScenarioContribution, ScenarioLenses } from './Contribution';
import { ScenarioDesiloing } from './Desiloing';
import { statusText } from './status-text';

// Comparison.ts reads the status words from here.
export { statusText };

function StatusTable({ title, entries }: { title: string; entries: DimensionStatus[] }): ReactNode {
  const env = useReport();
  return h(
    'table',
    { className: 'status-table' },
    h('thead', null, h('tr', null, h(Head, null, title), h(Head, null, env.t('columns.status')))),
    h(
      'tbody',
      null,
      ...entries.map((entry) =>
        h(
          'tr',
          { key: entry.dimension },
          h('td', null, dimensionLabel(entry.dimension, env.lang)),
          h(
            'td',
            {
              className: entry.status === null ? 'muted' : entry.status > 0 ? 'status-breach' : 'status-zero',
            },
            statusText(env, entry.kind, entry.status),
          ),
        ),
      ),
    ),
  );
}

function IndicatorBand({ indicator, year }: { indicator: RunIndicator; year: number }): ReactNode {
  const env = useReport();
  const { t, fmt } = env;
  const series = bandSeries(indicator);
  const last = indicator.years.find((y) => y.year === year);
  return h(
    'div',
    { className: 'band', 'data-indicator': indicator.indicatorId },
    h('h4', { dir: 'auto' }, h(UserText, { text: indicator.label })),
    h(BandChart, { series, label: indicator.label }),
    series.thresholdPosition === 'inside'
      ? null
      : h(
          'p',
          { className: 'outside' },
          t(series.thresholdPosition === 'above' ? 'thresholdAbove' : 'thresholdBelow', {
            value: fmt.value(series.threshold),
          }),
        ),
    last === undefined
      ? null
      : h(
          'p',
          { className: 'facts-line', dir: 'auto' },
          t('bandFacts', {
            unit: indicator.unit,
            year,
            value: fmt.value(last.value),
            status: statusText(env, indicator.kind, last.status),
          }),
        ),
  );
}

/**
 * One line on what the scenario's guarantees may cost when called (Monte Carlo, euros);
 * nothing when the blend backs no loan with a guarantee.
 */
function GuaranteeCallsLine({ report }: { report: ScenarioReport }): ReactNode {
  const { t, fmt } = useReport();
  const calls = report.run.guaranteeCalls;
  if (calls.byGuarantee.length === 0 || !(calls.maxPossible > 0)) return null;
  return h(
    'p',
    { className: 'guarantee-calls' },
    t('guaranteeCalls', {
      expected: fmt.money(calls.expected),
      p90: fmt.money(calls.p90),
      max: fmt.money(calls.maxPossible),
    }),
  );
}

function ScenarioDoughnut({ report, index }: { report: ScenarioReport; index: number }): ReactNode {
  const { t } = useReport();
  const year = report.run.years[report.run.years.length - 1] ?? report.run.years[0] ?? 0;
  const statuses = dimensionStatuses(report.run.indicators, year);
  return h(
    'div',
    {
      className: index === 0 ? 'doughnut-scenario' : 'doughnut-scenario major',
      'data-scenario': report.scenario.id,
    },
    h('h3', null, `${t('scenario')}: `, h(UserText, { text: report.scenario.name })),
    h('p', null, t('doughnutIntro', { year })),
    h(
      'figure',
      { className: 'doughnut-figure' },
      h(DoughnutChart, { statuses, year, idPrefix: `doughnut-${index}` }),
      h('figcaption', null, t('doughnutScale')),
    ),
    h(
      'div',
      { className: 'status-columns keep' },
      h(StatusTable, { title: t('socialFoundation'), entries: statuses.filter((s) => s.kind === 'floor') }),
      h(StatusTable, {
        title: t('ecologicalCeiling'),
        entries: statuses.filter((s) => s.kind === 'ceiling'),
      }),
    ),
    h(GuaranteeCallsLine, { report }),
    h(ScenarioLenses, { report, index }),
    h(ScenarioContribution, { report, index }),
    h(ScenarioDesiloing, { report }),
    h(
      'div',
      { className: 'bands-block new-page' },
      h('h4', null, t('bandsTitle'), ' — ', h(UserText, { text: report.scenario.name })),
      h('p', { className: 'small muted' }, t('bandsIntro')),
      h(BandLegend),
      h(
        'div',
        { className: 'bands' },
        ...report.run.indicators.map((indicator) =>
          h(IndicatorBand, { key: indicator.indicatorId, indicator, year }),
        ),
      ),
    ),
  );
}

export function Doughnut(): ReactNode {
  const { model } = useReport();
  return h(
    Section,
    { id: 'doughnut' },
    ...model.scenarios.map((report, index) =>
      h(ScenarioDoughnut, { key: report.scenario.id, report, index }),
    ),
  );
}
