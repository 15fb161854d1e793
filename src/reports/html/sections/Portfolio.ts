import { createElement as h, type ReactNode } from 'react';
import { blendDistanceWords } from '../../../finance/analysis/blend-distance';
import { siloLabel } from '../../../model/silo';
import type { ScenarioReport } from '../../model';
import { UserText, useReport } from '../context';
import { Head, NameCell, Num, NumHead, Section, StreamYearsHead } from '../parts';
import { streamUseTable } from '../tables';
import { BudgetCycle } from './BudgetCycle';
import { fundingCells, fundingHeads, NO_CHANCE } from './funding-columns';
import { FundsTable, GuaranteesTable } from './Lending';
import { Procurement } from './Procurement';

/** Every plan of the scenario with its cost, funding, gap, chance of full funding and expected funded share. */
function PlansTable({ report }: { report: ScenarioReport }): ReactNode {
  const { t, fmt, names } = useReport();
  const chances = new Map(report.run.plans.map((p) => [p.planId, p]));
  const p = report.portfolio;
  return h(
    'table',
    { className: 'plans-table' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h(Head, null, t('columns.plan')),
        h(NumHead, null, t('columns.totalCost')),
        ...fundingHeads(t),
      ),
    ),
    h(
      'tbody',
      null,
      ...p.plans.map((plan) =>
        h(
          'tr',
          { key: plan.planId },
          h(NameCell, {
            text: names.plan(plan.planId),
            sub: h(UserText, { text: names.cooperative(plan.cooperativeId) }),
          }),
          h(Num, null, fmt.money(plan.totalCost)),
          ...fundingCells(fmt, plan, chances.get(plan.planId) ?? NO_CHANCE),
        ),
      ),
      h(
        'tr',
        { className: 'total' },
        h('td', null, t('totalRow')),
        h(Num, null, fmt.money(p.totalCost)),
        h(Num, null, fmt.money(p.funded)),
        h(Num, null, fmt.money(p.ownRevenue)),
        h(Num, null, fmt.money(p.gap)),
        h(Num, null, fmt.percent(p.fundedShare)),
        h('td', null),
        h('td', null),
      ),
    ),
  );
}

/**
 * How far the scenario's blend may be from the best possible, when the search stopped
 * short of proving it optimal by more than a euro (issue 18); nothing when proven optimal.
 */
function BlendDistance({ report }: { report: ScenarioReport }): ReactNode {
  const { lang } = useReport();
  const k = report.keyFigures;
  const words = blendDistanceWords(lang, { totalCost: k.totalCost, gap: k.gap, bound: k.bound });
  return words === null
    ? null
    : h('p', { className: 'note blend-distance' }, h('strong', null, words.line), ` ${words.note}`);
}

/** The streams' use per year, grouped by silo, with the share of each year's budget. */
function StreamUse({ report }: { report: ScenarioReport }): ReactNode {
  const { t, fmt, names, streamOrder } = useReport();
  const table = streamUseTable(report.portfolio, streamOrder);
  // One body per silo, kept whole, so a silo's heading never ends a page without its streams.
  const silos = [...new Set(table.rows.map((row) => row.silo))];
  const bodies = silos.map((silo) =>
    h(
      'tbody',
      { key: silo, className: 'keep' },
      h('tr', { className: 'group' }, h('td', { colSpan: table.years.length + 2 }, siloLabel(silo))),
      ...table.rows
        .filter((row) => row.silo === silo)
        .map((row) =>
          h(
            'tr',
            { key: row.streamId },
            h('td', { dir: 'auto' }, h(UserText, { text: names.stream(row.streamId) })),
            ...row.cells.map((cell, i) =>
              h(
                Num,
                { key: `${table.years[i] ?? i}` },
                cell.used > 0 ? fmt.amount(cell.used) : '–',
                cell.usedShare === null || cell.used <= 0
                  ? null
                  : h('span', { className: 'share' }, fmt.percent(cell.usedShare, 0)),
              ),
            ),
            h(Num, null, fmt.amount(row.total)),
          ),
        ),
    ),
  );
  return h(
    'div',
    { className: 'stream-use' },
    h('h4', null, t('streamUseTitle')),
    h('p', { className: 'small muted' }, t('streamUseNote')),
    h(
      'table',
      { className: 'dense stream-use-table' },
      h(StreamYearsHead, { years: table.years }),
      ...bodies,
    ),
    table.yearsWithoutUse.length === 0
      ? null
      : h(
          'p',
          { className: 'small muted' },
          t('yearsWithoutUse', { years: table.yearsWithoutUse.join(', ') }),
        ),
    table.unused.length === 0
      ? null
      : h(
          'p',
          { className: 'small muted' },
          `${t('unusedStreams')} `,
          ...table.unused.flatMap((id, i) => [
            i === 0 ? null : '; ',
            h(UserText, { key: id, text: names.stream(id) }),
          ]),
          '.',
        ),
  );
}

export function Portfolio(): ReactNode {
  const { model, t } = useReport();
  return h(
    Section,
    { id: 'portfolio' },
    h('p', { className: 'note' }, t('amountsNote')),
    ...model.scenarios.map((report, i) =>
      h(
        'div',
        { key: report.scenario.id, className: i === 0 ? 'portfolio-scenario' : 'portfolio-scenario major' },
        h('h3', null, `${t('scenario')}: `, h(UserText, { text: report.scenario.name })),
        h('h4', null, t('plansTitle')),
        h(PlansTable, { report }),
        h(BlendDistance, { report }),
        h(StreamUse, { report }),
        h(GuaranteesTable, { report }),
        h(FundsTable, { report }),
        h(BudgetCycle, { report }),
      ),
    ),
    // Inkoop als vliegwiel: purchasing awarded to cooperatives and each scenario's lever.
    h(Procurement),
  );
}
