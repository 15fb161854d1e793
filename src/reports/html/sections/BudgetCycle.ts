import { createElement as h, type ReactNode } from 'react';
import type { BudgetCycle as Cycle } from '../../../finance/analysis/budget-cycle';
import type { ScenarioReport } from '../../model';
import { useReport } from '../context';
import { Head, NameCell, Num, NumHead } from '../parts';
import { reportWords } from '../../words';

const euros = (cents: number) => cents / 100;

/** Budget years across: each silo's structural and one-off money, then all silos with the need after pilots. */
function YearsTable({ cycle }: { cycle: Cycle }): ReactNode {
  const { fmt, lang } = useReport();
  const t = reportWords(lang, 'budgetCycle');
  const years = cycle.years;
  const amount = (cents: number) => (cents === 0 ? '–' : fmt.amount(euros(cents)));
  const row = (label: string, values: readonly number[], key: string) =>
    h(
      'tr',
      { key },
      h('td', null, label),
      ...values.map((v, i) => h(Num, { key: `${years[i]!.year}` }, amount(v))),
    );
  const bodies = cycle.silos.map(({ silo, label }) => {
    const of = (year: number) => cycle.cells.find((c) => c.year === year && c.silo === silo);
    return h(
      'tbody',
      { key: silo, className: 'keep' },
      h('tr', { className: 'group' }, h('td', { colSpan: years.length + 1 }, label)),
      row(
        t('structural'),
        years.map((y) => of(y.year)?.structural ?? 0),
        'structural',
      ),
      row(
        t('oneOff'),
        years.map((y) => of(y.year)?.oneOff ?? 0),
        'one-off',
      ),
    );
  });
  const totals = h(
    'tbody',
    { key: 'totals', className: 'keep' },
    h('tr', { className: 'group' }, h('td', { colSpan: years.length + 1 }, t('allSilos'))),
    row(
      t('structural'),
      years.map((y) => y.structural),
      'structural',
    ),
    row(
      t('oneOff'),
      years.map((y) => y.oneOff),
      'one-off',
    ),
    h(
      'tr',
      { key: 'share' },
      h('td', null, t('oneOffShare')),
      ...years.map((y) =>
        h(
          Num,
          { key: `${y.year}` },
          y.structural + y.oneOff === 0 ? '–' : fmt.percent(y.oneOff / (y.structural + y.oneOff), 0),
        ),
      ),
    ),
    row(
      t('ownRevenue'),
      years.map((y) => y.ownRevenue),
      'own',
    ),
    row(
      t('needAfterPilots'),
      years.map((y) => y.needAfterPilots),
      'need',
    ),
    row(
      t('oneOffCliff'),
      years.map((y) => y.oneOffCliff),
      'cliff',
    ),
  );
  return h(
    'table',
    { className: 'dense budget-cycle-years' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h(Head, null, t('silo')),
        ...years.map((y) => h(NumHead, { key: `${y.year}` }, String(y.year))),
      ),
    ),
    ...bodies,
    totals,
  );
}

/** Per plan: its need per year after its last year and how that need is paid today. */
function PlansTable({ cycle }: { cycle: Cycle }): ReactNode {
  const { fmt, lang, names } = useReport();
  const t = reportWords(lang, 'budgetCycle');
  const money = (cents: number) => fmt.money(euros(cents));
  const sum = (pick: (p: Cycle['plans'][number]) => number) => cycle.plans.reduce((s, p) => s + pick(p), 0);
  const need = sum((p) => p.need);
  const oneOff = sum((p) => p.oneOffFunded);
  return h(
    'table',
    { className: 'dense budget-cycle-plans' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h(Head, null, t('plan')),
        h(NumHead, null, t('lastYear')),
        h(NumHead, null, t('continuingCost')),
        h(NumHead, null, t('revenue')),
        h(NumHead, null, t('need')),
        h(NumHead, null, t('oneOffFunded')),
        h(NumHead, null, t('structuralFunded')),
        h(NumHead, null, t('unfunded')),
        h(NumHead, null, t('oneOffShare')),
      ),
    ),
    h(
      'tbody',
      null,
      ...cycle.plans.map((p) =>
        h(
          'tr',
          { key: p.planId, 'data-plan': p.planId },
          h(NameCell, { text: names.plan(p.planId) }),
          h(Num, null, String(p.lastYear)),
          h(Num, null, money(p.continuingCost)),
          h(Num, null, money(p.revenue)),
          h(Num, null, money(p.need)),
          h(Num, p.oneOffFunded > 0 ? { className: 'gap' } : null, money(p.oneOffFunded)),
          h(Num, null, money(p.structuralFunded)),
          h(Num, null, money(p.unfunded)),
          h(Num, null, p.oneOffShare === null ? '–' : fmt.percent(p.oneOffShare, 0)),
        ),
      ),
      h(
        'tr',
        { className: 'total' },
        h('td', null, t('total')),
        h('td', null),
        h(Num, null, money(sum((p) => p.continuingCost))),
        h(Num, null, money(sum((p) => p.revenue))),
        h(Num, null, money(need)),
        h(Num, null, money(oneOff)),
        h(Num, null, money(sum((p) => p.structuralFunded))),
        h(Num, null, money(sum((p) => p.unfunded))),
        h(Num, null, need === 0 ? '–' : fmt.percent(oneOff / need, 0)),
      ),
    ),
  );
}

/** A scenario's budget cycle in the portfolio section: money by budget nature, then the plans' need after their years. */
export function BudgetCycle({ report }: { report: ScenarioReport }): ReactNode {
  const { fmt, lang } = useReport();
  const t = reportWords(lang, 'budgetCycle');
  const cycle = report.budgetCycle;
  const withNeed = cycle.plans.filter((p) => p.need > 0).length;
  return h(
    'div',
    { className: 'budget-cycle', 'data-budget-cycle': report.scenario.id },
    h('h4', null, t('title')),
    h('p', { className: 'small muted' }, t('intro')),
    h(YearsTable, { cycle }),
    h('h4', null, t('plansTitle')),
    h(
      'p',
      null,
      t('cliff', {
        plans: t('cliffPlans', { count: withNeed }),
        need: fmt.money(euros(cycle.totals.need)),
        oneOff: fmt.money(euros(cycle.totals.oneOffCliff)),
      }),
    ),
    h('p', { className: 'small muted' }, t('plansNote')),
    h(PlansTable, { cycle }),
  );
}
