/**
 * What lenders add to a scenario beside the money that pays costs: the guarantees
 * (borgstellingen) that back loan draws, and the revolving funds whose repayments are
 * lent again. Both appear only when the scenario has any, so a report without them
 * stays as it was.
 */
import { createElement as h, type ReactNode } from 'react';
import type { ScenarioReport } from '../../model';
import { UserText, useReport } from '../context';
import { Head, Num, NumHead } from '../parts';

/** One row per plan, guarantee, loan and year, in the engine's order (plan by plan). */
export function GuaranteesTable({ report }: { report: ScenarioReport }): ReactNode {
  const { t, fmt, names } = useReport();
  const rows = report.portfolio.guarantees;
  if (rows.length === 0) return null;
  return h(
    'div',
    { className: 'guarantees keep' },
    h('h4', null, t('guaranteesTitle')),
    h('p', { className: 'small muted' }, t('guaranteesNote')),
    h(
      'table',
      { className: 'dense guarantees-table' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h(Head, null, t('columns.plan')),
          h(Head, null, t('guaranteeColumns.guarantee')),
          h(Head, null, t('guaranteeColumns.loan')),
          h(NumHead, null, t('guaranteeColumns.year')),
          h(NumHead, null, t('guaranteeColumns.amount')),
        ),
      ),
      h(
        'tbody',
        null,
        ...rows.map((g) =>
          h(
            'tr',
            { key: `${g.planId}|${g.streamId}|${g.loanStreamId}|${g.year}` },
            h('td', { dir: 'auto' }, h(UserText, { text: names.plan(g.planId) })),
            h('td', { dir: 'auto' }, h(UserText, { text: names.stream(g.streamId) })),
            h('td', { dir: 'auto' }, h(UserText, { text: names.stream(g.loanStreamId) })),
            h(Num, null, String(g.year)),
            h(Num, null, fmt.amount(g.amount)),
          ),
        ),
      ),
    ),
  );
}

/** One block per revolving fund: its years with budget, draws, money back, money lent again and balance. */
export function FundsTable({ report }: { report: ScenarioReport }): ReactNode {
  const { t, fmt, names } = useReport();
  const funds = report.portfolio.funds;
  if (funds.length === 0) return null;
  const ids = [...new Set(funds.map((f) => f.streamId))];
  return h(
    'div',
    { className: 'funds' },
    h('h4', null, t('fundsTitle')),
    h('p', { className: 'small muted' }, t('fundsNote')),
    h(
      'table',
      { className: 'dense funds-table' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h(Head, null, t('fundColumns.fund')),
          h(NumHead, null, t('fundColumns.year')),
          h(NumHead, null, t('fundColumns.budget')),
          h(NumHead, null, t('fundColumns.drawn')),
          h(NumHead, null, t('fundColumns.returned')),
          h(NumHead, null, t('fundColumns.relent')),
          h(NumHead, null, t('fundColumns.balance')),
        ),
      ),
      // One body per fund, kept whole, so a fund's years are not split over two pages.
      ...ids.map((id) =>
        h(
          'tbody',
          { key: id, className: 'keep' },
          ...funds
            .filter((f) => f.streamId === id)
            .map((f, i) =>
              h(
                'tr',
                { key: `${f.year}` },
                h('td', { dir: 'auto' }, i === 0 ? h(UserText, { text: names.stream(id) }) : null),
                h(Num, null, String(f.year)),
                h(Num, null, f.budget === null ? t('unlimited') : fmt.amount(f.budget)),
                h(Num, null, fmt.amount(f.drawn)),
                h(Num, null, fmt.amount(f.returned)),
                h(Num, null, fmt.amount(f.relent)),
                h(Num, null, fmt.amount(f.balance)),
              ),
            ),
        ),
      ),
    ),
  );
}
