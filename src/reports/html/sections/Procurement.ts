import { createElement as h, type ReactNode } from 'react';
import { procurementAnalysis } from '../../../finance/analysis/procurement';
import type { ScenarioReport } from '../../model';
import { UserText, useReport } from '../context';
import { Head, NameCell, Num, NumHead } from '../parts';
import { reportWords } from '../../words';

/** A scenario's lever: per plan the extra contracts, their margin as revenue, and the gap without and with. */
function LeverTable({ report }: { report: ScenarioReport }): ReactNode {
  const { fmt, lang, names } = useReport();
  const effect = report.run.procurement;
  if (effect === undefined) return null;
  const t = reportWords(lang, 'procurement');
  const plans = effect.plans.filter((p) => p.extraVolume > 0 || p.gapWith !== p.gapWithout);
  const sum = (pick: (p: (typeof plans)[number]) => number) => plans.reduce((s, p) => s + pick(p), 0);
  return h(
    'div',
    { className: 'procurement-lever', 'data-procurement-lever': report.scenario.id },
    h(
      'p',
      null,
      t('lever', {
        scenario: report.scenario.name,
        target: fmt.percent(effect.targetShare, 2),
        margin: fmt.percent(effect.contributionMargin, 0),
      }),
    ),
    h(
      'table',
      { className: 'dense' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h(Head, null, t('plan')),
          h(NumHead, null, t('extraVolume')),
          h(NumHead, null, t('extraRevenue')),
          h(NumHead, null, t('gapWithout')),
          h(NumHead, null, t('gapWith')),
        ),
      ),
      h(
        'tbody',
        null,
        ...plans.map((p) =>
          h(
            'tr',
            { key: p.planId },
            h(NameCell, { text: names.plan(p.planId) }),
            h(Num, null, fmt.money(p.extraVolume)),
            h(Num, null, fmt.money(p.extraRevenue)),
            h(Num, null, fmt.money(p.gapWithout)),
            h(Num, null, fmt.money(p.gapWith)),
          ),
        ),
        h(
          'tr',
          { className: 'total' },
          h('td', null, t('total')),
          h(Num, null, fmt.money(sum((p) => p.extraVolume))),
          h(Num, null, fmt.money(sum((p) => p.extraRevenue))),
          h(Num, null, fmt.money(effect.gapWithout)),
          h(Num, null, fmt.money(effect.gapWith)),
        ),
      ),
    ),
    h(
      'p',
      { className: 'small muted' },
      t('distance', {
        without: fmt.number(effect.distanceWithout, 4),
        withLever: fmt.number(effect.distanceWith, 4),
      }),
    ),
  );
}

/**
 * Inkoop als vliegwiel, at the end of the portfolio chapter: per year the purchasing volume,
 * what was awarded to cooperatives and its share, reserved contracts and Social Return; then
 * each scenario's lever against the same scenario without it. Nothing without procurement data.
 */
export function Procurement(): ReactNode {
  const { model, fmt, lang } = useReport();
  const section = model.workspace.procurement;
  const levered = model.scenarios.filter((s) => s.run.procurement !== undefined);
  if (section === undefined && levered.length === 0) return null;
  const t = reportWords(lang, 'procurement');
  const years = procurementAnalysis(section).years;
  const euros = (cents: number | null) => (cents === null ? '–' : fmt.money(cents / 100));
  return h(
    'div',
    { className: 'procurement major', 'data-part': 'procurement' },
    h('h3', null, t('title')),
    h('p', null, t('intro')),
    section !== undefined && section.volumeSource !== ''
      ? h(
          'p',
          { className: 'small muted' },
          h(UserText, { text: t('source', { text: section.volumeSource }) }),
        )
      : null,
    years.length === 0
      ? h('p', { className: 'muted' }, t('none'))
      : h(
          'table',
          { className: 'dense procurement-years' },
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              h(Head, null, t('year')),
              h(NumHead, null, t('volume')),
              h(NumHead, null, t('awarded')),
              h(NumHead, null, t('share')),
              h(NumHead, null, t('reserved')),
              h(NumHead, null, t('reservedCount')),
              h(NumHead, null, t('socialReturn')),
            ),
          ),
          h(
            'tbody',
            null,
            ...years.map((y) =>
              h(
                'tr',
                { key: y.year },
                h('td', null, String(y.year)),
                h(Num, null, euros(y.volume)),
                h(Num, null, euros(y.awarded)),
                h(Num, null, y.share === null ? '–' : fmt.percent(y.share, 2)),
                h(Num, null, euros(y.reserved)),
                h(Num, null, String(y.reservedContracts)),
                h(Num, null, euros(y.socialReturn)),
              ),
            ),
          ),
        ),
    ...levered.map((report) => h(LeverTable, { key: report.scenario.id, report })),
  );
}
