import { createElement as h, type ReactNode } from 'react';
import { dimensionLabel } from '../../../impact/framework';
import { siloLabel } from '../../../model/silo';
import type { ScenarioReport } from '../../model';
import { UserText, useReport } from '../context';
import { Cols, Head, NameCell, Num, NumHead } from '../parts';
import { reportWords } from '../../words';

/**
 * A de-siloing scenario's own part of its Doughnut chapter: the gap with silos, pooled
 * and closed (all plans and per plan), the Doughnut gained per dimension, the pools made
 * and the streams left in their silo. Nothing for a scenario that pools no silos.
 */
export function ScenarioDesiloing({ report }: { report: ScenarioReport }): ReactNode {
  const env = useReport();
  const { fmt, lang, names, enumLabel } = env;
  const d = report.run.desiloing;
  if (d === null) return null;
  const t = reportWords(lang, 'desiloing');
  const points = (share: number) => fmt.number(share * 100, 2);
  return h(
    'div',
    { className: 'desiloing', 'data-desiloing': report.scenario.id },
    h('h4', null, t('title')),
    h('p', null, t('intro', { silos: d.silos.map(siloLabel).join(', ') })),
    h(
      'ul',
      { className: 'small' },
      ...d.pools.map((pool) =>
        h(
          'li',
          { key: pool.id },
          t('pool', {
            kind: enumLabel('streamKind', pool.kind),
            members: pool.members.map((m) => `${m.name} (${siloLabel(m.silo)})`).join(', '),
          }),
        ),
      ),
      ...d.kept.map((kept) =>
        h('li', { key: kept.id, className: 'muted' }, t(`kept.${kept.reason}`, { name: kept.name })),
      ),
    ),
    h(
      'table',
      { className: 'fixed desiloing-gap' },
      h(Cols, { widths: [40, 20, 20, 20] }),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h(Head, null, t('plan')),
          h(NumHead, null, t('gapSiloed')),
          h(NumHead, null, t('gapPooled')),
          h(NumHead, null, t('gapClosed')),
        ),
      ),
      h(
        'tbody',
        null,
        ...d.plans.map((p) =>
          h(
            'tr',
            { key: p.planId },
            h(NameCell, { text: names.plan(p.planId) }),
            h(Num, null, fmt.money(p.gapSiloed)),
            h(Num, null, fmt.money(p.gapPooled)),
            h(Num, null, fmt.money(p.gapClosed)),
          ),
        ),
      ),
      h(
        'tfoot',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'row' }, t('total')),
          h(Num, null, fmt.money(d.gapSiloed)),
          h(Num, null, fmt.money(d.gapPooled)),
          h(Num, null, fmt.money(d.gapClosed)),
        ),
      ),
    ),
    h('p', { className: 'small muted' }, t('dimensionsNote')),
    h(
      'table',
      { className: 'fixed desiloing-dimensions' },
      h(Cols, { widths: [40, 20, 20, 20] }),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h(Head, null, t('dimension')),
          h(NumHead, null, t('siloed')),
          h(NumHead, null, t('pooled')),
          h(NumHead, null, t('gained')),
        ),
      ),
      h(
        'tbody',
        null,
        ...d.dimensions.map((row) =>
          h(
            'tr',
            { key: row.dimension },
            h('td', null, h(UserText, { text: dimensionLabel(row.dimension, lang) })),
            h(Num, null, fmt.percent(row.distanceSiloed)),
            h(Num, null, fmt.percent(row.distancePooled)),
            h(Num, null, points(row.gained)),
          ),
        ),
      ),
      h(
        'tfoot',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'row' }, t('weighted')),
          h(Num, null, fmt.number(d.weightedDistanceSiloed, 3)),
          h(Num, null, fmt.number(d.weightedDistancePooled, 3)),
          h(Num, null, fmt.number(d.weightedDistanceGained, 4)),
        ),
      ),
    ),
  );
}
