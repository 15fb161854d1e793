import { createElement as h, type ReactNode } from 'react';
import { dimensionLabel } from '../../../impact/framework';
import { DIMENSIONS } from '../../../model/doughnut';
import { UserText, useReport } from '../context';
import { Cols, Head, NameCell, Num, NumHead, Section } from '../parts';
import { statusText } from './Doughnut';

/** Scenario columns with the scenarios' names as headings. */
function ScenarioHeads({ first }: { first: string }): ReactNode {
  const { model } = useReport();
  return h(
    'tr',
    null,
    h(Head, null, first),
    ...model.scenarios.map((s) => h(NumHead, { key: s.scenario.id }, h(UserText, { text: s.scenario.name }))),
  );
}

function KeyFigures(): ReactNode {
  const { model, t, fmt } = useReport();
  const rows: { label: string; cells: string[] }[] = [
    { label: t('keyFigures.plans'), cells: model.scenarios.map((s) => String(s.keyFigures.plans)) },
    {
      label: t('keyFigures.totalCost'),
      cells: model.scenarios.map((s) => fmt.money(s.keyFigures.totalCost)),
    },
    { label: t('keyFigures.funded'), cells: model.scenarios.map((s) => fmt.money(s.keyFigures.funded)) },
    {
      label: t('keyFigures.ownRevenue'),
      cells: model.scenarios.map((s) => fmt.money(s.keyFigures.ownRevenue)),
    },
    { label: t('keyFigures.gap'), cells: model.scenarios.map((s) => fmt.money(s.keyFigures.gap)) },
    {
      label: t('keyFigures.fundedShare'),
      cells: model.scenarios.map((s) => fmt.percent(s.keyFigures.fundedShare)),
    },
    {
      label: t('keyFigures.mobilisationRatio'),
      cells: model.scenarios.map((s) =>
        s.keyFigures.mobilisationRatio === null ? '–' : fmt.number(s.keyFigures.mobilisationRatio, 2),
      ),
    },
    {
      label: t('keyFigures.silosBlended'),
      cells: model.scenarios.map((s) => String(s.keyFigures.silosBlended)),
    },
    {
      label: t('keyFigures.deMinimisWarnings'),
      cells: model.scenarios.map((s) => String(s.keyFigures.deMinimisWarnings)),
    },
    {
      label: t('weightedDistance'),
      cells: model.scenarios.map((s) => fmt.number(s.run.gapCost.weightedActual, 3)),
    },
    { label: t('gapDistance'), cells: model.scenarios.map((s) => fmt.number(s.run.gapCost.weightedCost, 4)) },
  ];
  return h(
    'table',
    { className: 'fixed comparison-table' },
    h(Cols, { widths: [28, ...model.scenarios.map(() => null)] }),
    h('thead', null, h(ScenarioHeads, { first: t('comparisonKeyFigures') })),
    h(
      'tbody',
      null,
      ...rows.map((row) =>
        h(
          'tr',
          { key: row.label },
          h('td', null, row.label),
          ...row.cells.map((cell, i) => h(Num, { key: `${i}` }, cell)),
        ),
      ),
    ),
  );
}

/** Every indicator's value and status in the last projection year, scenario by scenario. */
function IndicatorStatus({ year }: { year: number }): ReactNode {
  const env = useReport();
  const { model, t, fmt, lang } = env;
  const first = model.scenarios[0];
  if (first === undefined) return null;
  const ordered = DIMENSIONS.flatMap((dimension) =>
    first.run.indicators.filter((indicator) => indicator.dimension === dimension),
  );
  return h(
    'table',
    { className: 'dense fixed indicator-status' },
    h(Cols, { widths: [28, ...model.scenarios.map(() => null)] }),
    h('thead', null, h(ScenarioHeads, { first: t('columns.indicator') })),
    h(
      'tbody',
      null,
      ...ordered.map((indicator) =>
        h(
          'tr',
          { key: indicator.indicatorId },
          h(NameCell, { text: indicator.label, sub: dimensionLabel(indicator.dimension, lang) }),
          ...model.scenarios.map((s) => {
            const point = s.run.indicators
              .find((i) => i.indicatorId === indicator.indicatorId)
              ?.years.find((y) => y.year === year);
            if (point === undefined) return h(Num, { key: s.scenario.id }, '–');
            return h(
              Num,
              { key: s.scenario.id },
              fmt.value(point.value),
              h(
                'span',
                { className: point.status > 0 ? 'share status-breach' : 'share status-zero' },
                statusText(env, indicator.kind, point.status),
              ),
            );
          }),
        ),
      ),
    ),
  );
}

/** The scenarios side by side; only when the report has two or more. */
export function Comparison(): ReactNode {
  const { model, t } = useReport();
  if (model.scenarios.length < 2) return null;
  const years = model.scenarios[0]?.run.years ?? [];
  const year = years[years.length - 1] ?? 0;
  return h(
    Section,
    { id: 'comparison' },
    h(KeyFigures),
    h('h3', null, t('indicatorStatusTitle', { year })),
    h('p', { className: 'small muted' }, t('indicatorStatusNote')),
    h(IndicatorStatus, { year }),
  );
}
