import { createElement as h, Fragment, type ReactNode } from 'react';
import { doughnutFramework } from '../../../data';
import { dimensionLabel } from '../../../impact/framework';
import { centsToEuros } from '../../../model/money';
import type { Indicator } from '../../../model/indicator';
import { EVIDENCE_GRADES } from '../../../model/plan';
import { UserText, useReport } from '../context';
import { Cols, Head, NameCell, Num, NumHead, Section } from '../parts';
import { reportedPlanIds } from '../tables';
import { reportWordList, reportWordRecords } from '../../words';
import { ImpactLines } from './ImpactLines';
import { StreamTerms } from './StreamTerms';

const RULE_FIELDS = ['name', 'formula', 'text'] as const;

function Rules({ rules }: { rules: { name: string; formula: string; text: string }[] }): ReactNode {
  return h(
    'div',
    { className: 'rules' },
    ...rules.map((rule) =>
      h(
        'div',
        { key: rule.name, className: 'rule keep' },
        h('strong', null, rule.name),
        h('code', { className: 'formula' }, rule.formula),
        h('p', { className: 'small' }, rule.text),
      ),
    ),
  );
}

function Settings(): ReactNode {
  const { model, m, fmt, t } = useReport();
  const s = model.workspace.settings;
  const rows: [string, string][] = [
    [m('settings.startYear'), String(s.startYear)],
    [
      m('settings.horizon'),
      m('settings.horizonValue', { first: s.startYear, last: s.startYear + s.horizonYears - 1 }),
    ],
    [m('settings.discountRate'), fmt.percent(s.discountRate, 2)],
    [m('settings.minDscr'), fmt.number(s.minDscr, 2)],
    [
      m('settings.deMinimis'),
      m('settings.deMinimisValue', {
        ceiling: fmt.money(centsToEuros(s.deMinimis.ceiling)),
        years: s.deMinimis.periodYears,
      }),
    ],
  ];
  return h(
    'table',
    { className: 'settings-table keep' },
    h('thead', null, h('tr', null, h(Head, null, t('columns.setting')), h(Head, null, t('columns.value')))),
    h(
      'tbody',
      null,
      ...rows.map(([label, value]) => h('tr', { key: label }, h('td', null, label), h('td', null, value))),
    ),
  );
}

function MonteCarloRuns(): ReactNode {
  const { model, m, t, fmt } = useReport();
  return h(
    'table',
    { className: 'keep' },
    h(
      'thead',
      null,
      h('tr', null, h(Head, null, t('scenario')), h(NumHead, null, m('draws')), h(NumHead, null, m('seed'))),
    ),
    h(
      'tbody',
      null,
      ...model.scenarios.map((s) =>
        h(
          'tr',
          { key: s.scenario.id },
          h('td', { dir: 'auto' }, h(UserText, { text: s.scenario.name })),
          h(Num, null, fmt.amount(s.run.monteCarlo.draws)),
          h(Num, null, String(s.run.monteCarlo.seed)),
        ),
      ),
    ),
  );
}

/**
 * Where an indicator's figures come from: the monitor of its baseline (with its date),
 * its threshold, the city total its impact lines are divided by, and notes.
 */
function IndicatorSourceCell({ indicator: i }: { indicator: Indicator }): ReactNode {
  const { m, fmt } = useReport();
  const parts: [string, string][] = [];
  if (i.baseline.source !== '' || i.baseline.date !== undefined) {
    const date = i.baseline.date === undefined ? '' : ` (${i.baseline.date})`;
    parts.push([m('sourceOf.baseline'), `${i.baseline.source}${date}`.trim()]);
  }
  if (i.thresholdSource !== '') parts.push([m('sourceOf.threshold'), i.thresholdSource]);
  if (i.denominator !== undefined) {
    const d = i.denominator;
    const source = d.source === '' ? '' : `; ${d.source}`;
    parts.push([m('sourceOf.denominator'), `${fmt.value(d.value)} ${d.unit} (${d.year}${source})`]);
  }
  if (i.source !== '') parts.push([m('sourceOf.notes'), i.source]);
  if (parts.length === 0) return h('td', null, h('span', { className: 'muted' }, m('noSource')));
  return h(
    'td',
    { dir: 'auto' },
    ...parts.map(([label, text]) =>
      h('p', { key: label, className: 'source-part' }, `${label}: `, h(UserText, { text })),
    ),
  );
}

function IndicatorSources(): ReactNode {
  const { model, t, fmt, lang } = useReport();
  return h(
    'table',
    { className: 'dense fixed sources-table' },
    h(Cols, { widths: [26, 11, 9, 8, 46] }),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h(Head, null, t('columns.indicator')),
        h(NumHead, null, t('columns.baseline')),
        h(NumHead, null, t('columns.threshold')),
        h(NumHead, null, t('columns.trend')),
        h(Head, null, t('columns.source')),
      ),
    ),
    h(
      'tbody',
      null,
      ...model.workspace.indicators.map((i) =>
        h(
          'tr',
          { key: i.id },
          h(NameCell, {
            text: i.label,
            sub: h(Fragment, null, dimensionLabel(i.dimension, lang), ' · ', h(UserText, { text: i.unit })),
          }),
          h(
            Num,
            null,
            fmt.value(i.baseline.value),
            h('span', { className: 'share' }, String(i.baseline.year)),
          ),
          h(Num, null, fmt.value(i.threshold)),
          h(Num, null, fmt.percent(i.trend, 2)),
          h(IndicatorSourceCell, { indicator: i }),
        ),
      ),
    ),
  );
}

function FrameworkSources(): ReactNode {
  return h(
    'ul',
    { className: 'small framework-sources' },
    // Addresses are printed as text, not links: the report loads and links nothing.
    ...doughnutFramework.sources.map((source) =>
      h(
        'li',
        { key: source.id },
        source.citation,
        source.url === undefined ? null : ` ${source.url.replace(/^https:\/\//, '')}`,
      ),
    ),
  );
}

function EvidenceCounts(): ReactNode {
  const { model, m, enumLabel, t } = useReport();
  const planIds = reportedPlanIds(model);
  const lines = model.workspace.plans.filter((p) => planIds.has(p.id)).flatMap((p) => p.impacts);
  return h(
    'table',
    { className: 'keep evidence-counts' },
    h('thead', null, h('tr', null, h(Head, null, m('evidenceCounts')), h(NumHead, null, t('columns.total')))),
    h(
      'tbody',
      null,
      ...EVIDENCE_GRADES.map((grade) =>
        h(
          'tr',
          { key: grade },
          h('td', null, enumLabel('evidence', grade)),
          h(Num, null, String(lines.filter((line) => line.evidence === grade).length)),
        ),
      ),
    ),
  );
}

export function Methodology(): ReactNode {
  const { model, m, lang } = useReport();
  const planIds = reportedPlanIds(model);
  const plans = model.workspace.plans.filter((p) => planIds.has(p.id));
  return h(
    Section,
    { id: 'methodology' },
    h('h3', null, m('blendTitle')),
    h('p', null, m('blendIntro')),
    h(Rules, { rules: reportWordRecords(lang, 'methodology', 'blendRules', RULE_FIELDS) }),
    h('p', null, m('blendObjective')),
    h('h3', null, m('impactTitle')),
    h(Rules, { rules: reportWordRecords(lang, 'methodology', 'impactFormulas', RULE_FIELDS) }),
    h('h3', null, m('monteCarloTitle')),
    ...reportWordList(lang, 'methodology', 'monteCarloText').map((text, i) =>
      h('p', { key: `mc-${i}` }, text),
    ),
    h('h4', null, m('monteCarloRuns')),
    h(MonteCarloRuns),
    h('h3', null, m('settingsTitle')),
    h(Settings),
    h('p', { className: 'note' }, m('settingsNote')),
    h('h3', { className: 'new-page' }, m('sourcesTitle')),
    h('h4', null, m('indicatorSourcesTitle')),
    h(IndicatorSources),
    h('h4', null, m('frameworkSourcesTitle')),
    h(FrameworkSources),
    h(StreamTerms),
    h('h3', { className: 'new-page' }, m('evidenceTitle')),
    h('p', null, m('evidenceText')),
    h(EvidenceCounts),
    h(ImpactLines, { plans, full: true }),
    h('h3', null, m('limitsTitle')),
    h(
      'ul',
      null,
      ...reportWordList(lang, 'methodology', 'limits').map((text, i) => h('li', { key: `limit-${i}` }, text)),
    ),
  );
}
