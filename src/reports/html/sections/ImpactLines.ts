import { createElement as h, type ReactNode } from 'react';
import { outputUnitOf } from '../../../impact/denominator';
import type { ImpactLine, Plan } from '../../../model/plan';
import { UserText, useReport } from '../context';
import { Cols, Head, Num, NumHead } from '../parts';

/**
 * A plan's impact lines with the evidence grade beside every figure (spec section 5:
 * reports show it beside every figure it feeds). `full` adds the SROI deflators and the
 * uncertainty range, for the methodology section.
 */
export function ImpactLines({ plans, full = false }: { plans: readonly Plan[]; full?: boolean }): ReactNode {
  const { t, fmt, names, enumLabel, model } = useReport();
  const withLines = plans.filter((plan) => plan.impacts.length > 0);
  if (withLines.length === 0) return full ? null : h('p', { className: 'muted small' }, t('noImpact'));
  const indicators = new Map(model.workspace.indicators.map((i) => [i.id, i]));
  const percent = (share: number) => fmt.percent(share, 0);
  const columns = full ? 7 : 5;
  const row = (line: ImpactLine, key: string) =>
    h(
      'tr',
      { key },
      h('td', { dir: 'auto' }, h(UserText, { text: names.indicator(line.indicatorId) })),
      h(
        Num,
        null,
        fmt.value(line.output),
        h(
          'span',
          { className: 'sub' },
          h(UserText, { text: outputUnitOf(line, indicators.get(line.indicatorId)) }),
        ),
      ),
      h('td', { className: 'nowrap' }, `${line.start}–${line.start + line.duration - 1}`),
      full
        ? h(
            'td',
            null,
            [line.deadweight, line.attribution, line.displacement, line.dropOff].map(percent).join(' / '),
          )
        : null,
      full
        ? h('td', null, `${fmt.number(line.uncertainty.low, 2)}–${fmt.number(line.uncertainty.high, 2)}`)
        : null,
      h('td', { className: `evidence evidence-${line.evidence}` }, enumLabel('evidence', line.evidence)),
      h('td', { dir: 'auto' }, h(UserText, { text: line.basis })),
    );
  // In the methodology every plan's lines follow its name, kept together on a page.
  const bodies = withLines.map((plan) =>
    h(
      'tbody',
      { key: plan.id, className: 'keep' },
      full
        ? h(
            'tr',
            { className: 'group' },
            h('td', { colSpan: columns, dir: 'auto' }, h(UserText, { text: names.plan(plan.id) })),
          )
        : null,
      ...plan.impacts.map((line, i) => row(line, `${plan.id}-${i}`)),
    ),
  );
  const table = h(
    'table',
    { className: full ? 'dense fixed impact-table' : 'fixed impact-table' },
    h(Cols, { widths: full ? [18, 11, 9, 15, 9, 12, 26] : [22, 14, 11, 14, 39] }),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h(Head, null, t('columns.indicator')),
        h(NumHead, null, t('columns.perYear')),
        h(Head, null, t('columns.period')),
        full ? h(Head, null, t('columns.deflators')) : null,
        full ? h(Head, null, t('columns.uncertainty')) : null,
        h(Head, null, t('columns.evidence')),
        h(Head, null, t('columns.basis')),
      ),
    ),
    ...bodies,
  );
  return full ? table : h('div', { className: 'impact' }, h('h4', null, t('impactTitle')), table);
}
