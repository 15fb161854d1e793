import { createElement as h, type ReactNode } from 'react';
import { CashFlowChart } from '../charts/CashFlowChart';
import { cashFlowSeries } from '../../../charts/cash-flow';
import { UserText, useReport } from '../context';
import { showsGap } from '../format';
import { Facts, Head, NameCell, Num, NumHead, StreamYearsHead } from '../parts';
import { blendTable, planExplanations, type PlanInScenario, type ReportedPlan } from '../tables';
import { fundingCells, fundingHeads } from './funding-columns';
import { ImpactLines } from './ImpactLines';

/** The plan's funding in every reported scenario that contains it. */
function PerScenario({ reported }: { reported: ReportedPlan }): ReactNode {
  const { t, fmt } = useReport();
  return h(
    'table',
    { className: 'per-scenario' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h(Head, null, t('scenario')),
        ...fundingHeads(t),
        h(NumHead, null, t('columns.lowPoint')),
      ),
    ),
    h(
      'tbody',
      null,
      ...reported.scenarios.map(({ scenario, analysis, probabilityFullyFunded, expectedFundedShare }) =>
        h(
          'tr',
          { key: scenario.scenario.id },
          h('td', { dir: 'auto' }, h(UserText, { text: scenario.scenario.name })),
          ...fundingCells(fmt, analysis, { probabilityFullyFunded, expectedFundedShare }),
          h(
            Num,
            null,
            `${fmt.money(analysis.cashFlow.lowPoint.cumulative)} (${analysis.cashFlow.lowPoint.year})`,
          ),
        ),
      ),
    ),
  );
}

/** Streams by years: what each stream pays, with the year's funding, costs and gap below. */
function BlendTable({ reported, entry }: { reported: ReportedPlan; entry: PlanInScenario }): ReactNode {
  const { t, fmt, names, enumLabel, streamOrder, model } = useReport();
  const table = blendTable(entry.analysis, reported.plan, streamOrder);
  // A plan its own revenue pays in full still has a table: that is its blend.
  if (table.rows.length === 0 && table.totals.ownRevenue <= 0)
    return h('p', { className: 'muted' }, t('noBlend'));
  const kindOf = new Map(model.workspace.fundingStreams.map((s) => [s.id, s.kind]));
  const anyLocked = table.rows.some((row) => row.locked.some(Boolean));
  const sumRow = (label: string, values: number[], total: number, className: string) =>
    h(
      'tr',
      { key: label, className },
      h('td', null, label),
      ...values.map((v, i) => h(Num, { key: `${i}` }, fmt.amount(v))),
      h(Num, null, fmt.amount(total)),
    );
  return h(
    'div',
    { className: 'blend' },
    h(
      'table',
      { className: 'blend-table' },
      h(StreamYearsHead, { years: table.years }),
      h(
        'tbody',
        null,
        ...table.rows.map((row) => {
          const kind = kindOf.get(row.streamId);
          return h(
            'tr',
            { key: row.streamId },
            h(NameCell, {
              text: names.stream(row.streamId),
              sub: kind === undefined ? null : enumLabel('streamKind', kind),
            }),
            ...row.amounts.map((amount, i) =>
              h(
                Num,
                { key: `${i}` },
                amount > 0 ? fmt.amount(amount) : '–',
                row.locked[i] === true ? h('span', { className: 'locked' }, '*') : null,
              ),
            ),
            h(Num, null, fmt.amount(row.total)),
          );
        }),
        sumRow(t('blendFunded'), table.funded, table.totals.funded, 'subtotal'),
        sumRow(t('blendOwnRevenue'), table.ownRevenue, table.totals.ownRevenue, 'own-revenue'),
        sumRow(t('blendCosts'), table.costs, table.totals.costs, ''),
        sumRow(t('blendGap'), table.gap, table.totals.gap, showsGap(table.totals.gap) ? 'gap' : ''),
      ),
    ),
    h('p', { className: 'note' }, t('amountsNote'), anyLocked ? ` ${t('lockedNote')}.` : ''),
  );
}

/** The rules that keep this plan from full funding, in the optimiser's own words. */
function GapExplanation({
  entry,
  cooperativeId,
}: {
  entry: PlanInScenario;
  cooperativeId: string;
}): ReactNode {
  const { t } = useReport();
  if (!showsGap(entry.analysis.gap)) return h('p', { className: 'no-gap' }, t('noGap'));
  const explanations = planExplanations(entry.analysis, cooperativeId);
  return h(
    'div',
    { className: 'gap-explanation' },
    h('h4', null, t('gapTitle')),
    explanations.length === 0
      ? h('p', null, t('noExplanation'))
      : h(
          'ul',
          null,
          ...explanations.map((e, i) => h('li', { key: `${e.rule}-${i}` }, h(UserText, { text: e.message }))),
        ),
  );
}

/**
 * One plan: its facts, its funding per scenario, and in detail for the first reported
 * scenario that contains it the cash flow, the blend and why any gap remains.
 */
export function PlanDetail({ reported }: { reported: ReportedPlan }): ReactNode {
  const { t, fmt, model, names } = useReport();
  const plan = reported.plan;
  const [entry] = reported.scenarios;
  if (entry === undefined) return null;
  const a = entry.analysis;
  const deMinimis = a.metrics.deMinimis;
  const facts = [
    { label: t('planFacts.period'), value: `${plan.startYear}–${plan.startYear + plan.years - 1}` },
    { label: t('planFacts.totalCost'), value: fmt.money(a.totalCost) },
    {
      label: t('planFacts.minDscr'),
      value: a.metrics.minDscr === null ? t('notApplicable') : fmt.number(a.metrics.minDscr, 2),
    },
    {
      label: t('planFacts.deMinimis'),
      value:
        deMinimis.usedShare === null
          ? t('notApplicable')
          : `${fmt.percent(deMinimis.usedShare, 0)} (${deMinimis.window.first}–${deMinimis.window.last})`,
    },
    // A guarantee pays no cost line, so it is not in the blend table: the facts name it.
    ...(a.guarantees.length === 0
      ? []
      : [
          {
            label: t('guaranteesTitle'),
            value: h(
              'span',
              null,
              ...a.guarantees.flatMap((g, i) => [
                i === 0 ? null : '; ',
                `${fmt.money(g.amount)} (`,
                h(UserText, { key: `g${i}`, text: names.stream(g.streamId) }),
                `, ${g.year})`,
              ]),
            ),
          },
        ]),
  ];
  return h(
    'section',
    { className: 'plan', 'data-plan': plan.id },
    h('h3', null, h(UserText, { text: plan.name })),
    h(Facts, { items: facts }),
    h(PerScenario, { reported }),
    model.scenarios.length > 1
      ? h(
          'p',
          { className: 'small muted' },
          `${t('detailFor')}: `,
          h(UserText, { text: entry.scenario.scenario.name }),
        )
      : null,
    // The chart before the table: it fits beside the plan's facts, and the table may run on.
    h(
      'div',
      { className: 'keep' },
      h('h4', null, t('cashFlowTitle')),
      h(CashFlowChart, { series: cashFlowSeries(a.cashFlow) }),
    ),
    h('h4', null, t('blendTitle')),
    h(BlendTable, { reported, entry }),
    h(GapExplanation, { entry, cooperativeId: plan.cooperativeId }),
    h(ImpactLines, { plans: [plan] }),
  );
}
