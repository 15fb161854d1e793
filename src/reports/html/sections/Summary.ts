import { createElement as h, type ReactNode } from 'react';
import type { ScenarioReport } from '../../model';
import { UserText, useReport } from '../context';
import { showsGap } from '../format';
import { Section, Tile } from '../parts';

/** The key figures of one scenario as tiles, with one sentence a council member can quote. */
function ScenarioSummary({ report }: { report: ScenarioReport }): ReactNode {
  const { t, fmt, names } = useReport();
  const k = report.keyFigures;
  const nearCeiling = report.portfolio.metrics.deMinimis
    .filter((d) => d.warning)
    .map((d) => names.cooperative(d.cooperativeId));
  return h(
    'div',
    { className: 'scenario-block', 'data-scenario': report.scenario.id },
    h('h3', null, h(UserText, { text: report.scenario.name })),
    h(
      'p',
      null,
      t.summarySentence(
        fmt.money(k.totalCost),
        fmt.money(k.funded),
        fmt.money(k.ownRevenue),
        fmt.percent(k.fundedShare),
        fmt.money(k.gap),
      ),
    ),
    h(
      'div',
      { className: 'tiles' },
      h(Tile, { label: t.keyFigures.plans, value: String(k.plans) }),
      h(Tile, { label: t.keyFigures.totalCost, value: fmt.money(k.totalCost) }),
      h(Tile, { label: t.keyFigures.funded, value: fmt.money(k.funded) }),
      h(Tile, {
        label: t.keyFigures.ownRevenue,
        value: fmt.money(k.ownRevenue),
        hint: t.keyFigureHints.ownRevenue,
      }),
      h(Tile, { label: t.keyFigures.gap, value: fmt.money(k.gap), warn: showsGap(k.gap) }),
      h(Tile, { label: t.keyFigures.fundedShare, value: fmt.percent(k.fundedShare) }),
      h(Tile, {
        label: t.keyFigures.mobilisationRatio,
        value: k.mobilisationRatio === null ? '–' : fmt.number(k.mobilisationRatio, 2),
        hint: k.mobilisationRatio === null ? t.noPublicMoney : t.keyFigureHints.mobilisationRatio,
      }),
      h(Tile, {
        label: t.keyFigures.silosBlended,
        value: String(k.silosBlended),
        hint: t.keyFigureHints.silosBlended,
      }),
      h(Tile, {
        label: t.keyFigures.deMinimisWarnings,
        value: String(k.deMinimisWarnings),
        hint: t.keyFigureHints.deMinimisWarnings,
        warn: k.deMinimisWarnings > 0,
      }),
    ),
    nearCeiling.length === 0
      ? null
      : h(
          'p',
          { className: 'muted ceiling-list' },
          `${t.nearCeiling} `,
          ...nearCeiling.flatMap((name, i) => [
            i === 0 ? null : '; ',
            h(UserText, { key: `${i}`, text: name }),
          ]),
          '.',
        ),
  );
}

export function Summary(): ReactNode {
  const { model, t } = useReport();
  return h(
    Section,
    { id: 'summary' },
    h('p', null, t.summaryIntro(model.scenarios.length)),
    ...model.scenarios.map((report) => h(ScenarioSummary, { key: report.scenario.id, report })),
    h('p', { className: 'note' }, t.amountsNote),
  );
}
