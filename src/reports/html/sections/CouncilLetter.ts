/**
 * The council letter (raadsinformatiebrief): the report's two-page opening, addressed to
 * the council. Page 1: what the city put in, what it mobilised and what that achieves on
 * the Doughnut; page 2: what is still unfunded and why, and the numbered decisions those
 * figures ask for. Every figure comes from the report model's `councilLetter`.
 */
import { createElement as h, type ReactNode } from 'react';
import { dimensionLabel } from '../../../impact/framework';
import {
  AWARD_RISK_SHARE,
  LETTER_SCENARIO_ROWS,
  type CouncilLetterModel,
  type LetterGapRow,
  type LetterImpactRow,
  type LetterMoney,
} from '../../council-letter';
import { MONEY_ORIGINS } from '../../money-origin';
import { UserText, useReport } from '../context';
import { Cols, Head, Num, NumHead, sectionAnchor } from '../parts';
import { reportWords } from '../../words';

function useLetter() {
  const env = useReport();
  return { ...env, c: reportWords(env.lang, 'council') };
}

/** Digits for an effect: whole units from 100 up, one decimal from 1, two below (0.7 kt CO2). */
function effectDigits(value: number): number {
  const size = Math.abs(value);
  return size >= 100 ? 0 : size >= 1 ? 1 : 2;
}

function Letterhead({ scenarioName }: { scenarioName: string }): ReactNode {
  const { model, t, fmt, c } = useLetter();
  const line = (label: string, value: ReactNode) =>
    h('div', { className: 'letter-line' }, h('dt', null, label), h('dd', null, value));
  return h(
    'header',
    { className: 'letterhead' },
    h(
      'div',
      { className: 'letterhead-top' },
      h('p', { className: 'letter-municipality' }, h(UserText, { text: model.municipality })),
      h('p', { className: 'letter-kind' }, c('kind')),
    ),
    h(
      'dl',
      { className: 'letter-meta' },
      line(c('to'), c('council')),
      line(c('date'), fmt.date(model.provenance.generatedAt)),
      line(c('subject'), t('docTitle')),
      line(c('scenarioLabel'), h(UserText, { text: scenarioName })),
    ),
  );
}

function MoneyTable({ money }: { money: LetterMoney }): ReactNode {
  const { fmt, c } = useLetter();
  const share = (euros: number) => (money.totalCost > 0 ? fmt.percent(euros / money.totalCost, 0) : '–');
  const row = (key: string, label: ReactNode, euros: number, className?: string) =>
    h(
      'tr',
      { key, ...(className === undefined ? {} : { className }) },
      h('td', null, label),
      h(Num, null, fmt.money(euros)),
      h(Num, null, share(euros)),
    );
  return h(
    'table',
    { className: 'letter-money fixed' },
    h(Cols, { widths: [64, 20, 16] }),
    h(
      'thead',
      null,
      h('tr', null, h(Head, null, ''), h(NumHead, null, c('amount')), h(NumHead, null, c('shareOfCost'))),
    ),
    h(
      'tbody',
      null,
      ...MONEY_ORIGINS.map((origin) =>
        row(
          origin,
          c(`origin.${origin}`),
          money[origin],
          origin === 'municipal' ? 'letter-municipal' : undefined,
        ),
      ),
      row('ownRevenue', c('ownRevenue'), money.ownRevenue),
      row('mobilised', c('mobilised'), money.mobilised, 'subtotal'),
      row('covered', c('covered'), money.covered, 'subtotal'),
      row('gap', c('gap'), money.gap, money.gap >= 0.5 ? 'gap' : undefined),
      row('totalCost', c('totalCost'), money.totalCost, 'total'),
      h(
        'tr',
        { key: 'leverage', className: 'letter-leverage' },
        h('td', null, c('leverage')),
        h(Num, null, money.leverage === null ? '–' : fmt.number(money.leverage, 2)),
        h('td', null),
      ),
    ),
  );
}

function ScenariosTable({ letter }: { letter: CouncilLetterModel }): ReactNode {
  const { model, fmt, c } = useLetter();
  const nameOf = new Map(model.scenarios.map((s) => [s.scenario.id, s.scenario.name]));
  return h(
    'table',
    { className: 'letter-scenarios fixed dense' },
    h(Cols, { widths: [40, 15, 15, 10, 12, 8] }),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h(Head, null, c('scenarioLabel')),
        h(NumHead, null, c('short.municipal')),
        h(NumHead, null, c('short.mobilised')),
        h(NumHead, null, c('short.leverage')),
        h(NumHead, null, c('gap')),
        h(NumHead, null, c('covered')),
      ),
    ),
    h(
      'tbody',
      null,
      ...letter.scenarios
        .slice(0, LETTER_SCENARIO_ROWS)
        .map((m) =>
          h(
            'tr',
            { key: m.scenarioId },
            h('td', { dir: 'auto' }, h(UserText, { text: nameOf.get(m.scenarioId) ?? m.scenarioId })),
            h(Num, null, fmt.money(m.municipal)),
            h(Num, null, fmt.money(m.mobilised)),
            h(Num, null, m.leverage === null ? '–' : fmt.number(m.leverage, 2)),
            h(Num, null, fmt.money(m.gap)),
            h(Num, null, m.totalCost > 0 ? fmt.percent(m.covered / m.totalCost, 0) : '–'),
          ),
        ),
    ),
  );
}

function ImpactTable({ rows }: { rows: LetterImpactRow[] }): ReactNode {
  const { fmt, names, lang, c } = useLetter();
  const signed = (value: number, digits: number) => `${value > 0 ? '+' : ''}${fmt.number(value, digits)}`;
  return h(
    'table',
    { className: 'letter-impact fixed dense' },
    h(Cols, { widths: [50, 8, 14, 17, 11] }),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h(Head, null, c('dimension')),
        h(NumHead, null, c('year')),
        h(NumHead, null, c('effect')),
        h(NumHead, null, c('band')),
        h(NumHead, null, c('distanceClosed')),
      ),
    ),
    h(
      'tbody',
      null,
      ...rows.map((row) => {
        const digits = effectDigits(row.p50);
        return h(
          'tr',
          { key: row.indicatorId, 'data-indicator': row.indicatorId },
          h(
            'td',
            { dir: 'auto' },
            h(UserText, { text: names.indicator(row.indicatorId) }),
            h(
              'span',
              { className: 'sub' },
              `${dimensionLabel(row.dimension, lang)} · `,
              h(UserText, { text: row.unit }),
            ),
          ),
          h(Num, null, String(row.year)),
          h(Num, null, signed(row.p50, digits)),
          h(Num, null, `${signed(row.p10, digits)} – ${signed(row.p90, digits)}`),
          h(Num, null, row.shareOfDistance === null ? '–' : fmt.percent(row.shareOfDistance, 1)),
        );
      }),
    ),
  );
}

function GapRows({ row }: { row: LetterGapRow }): ReactNode {
  const { fmt, names, enumLabel, c } = useLetter();
  const percent = (share: number | null, digits: number) =>
    share === null ? '–' : fmt.percent(share, digits);
  return h(
    'tbody',
    { className: 'keep', 'data-plan': row.planId },
    h(
      'tr',
      null,
      h(
        'td',
        { dir: 'auto' },
        h(UserText, { text: names.plan(row.planId) }),
        h('span', { className: 'sub' }, h(UserText, { text: names.cooperative(row.cooperativeId) })),
      ),
      h(Num, { className: 'gap' }, fmt.money(row.gap)),
      h(Num, null, percent(row.fundedShare, 0)),
      h(Num, null, percent(row.probabilityFullyFunded, 0)),
      h(Num, null, percent(row.expectedFundedShare, 0)),
    ),
    row.reasons.length === 0
      ? null
      : h(
          'tr',
          { className: 'letter-why' },
          h(
            'td',
            { colSpan: 5 },
            h('b', null, `${c('why')}: `),
            row.reasons.map((r) => enumLabel('blendRule', r.rule)).join('; '),
            '.',
          ),
        ),
  );
}

function UnfundedTable({ rows }: { rows: LetterGapRow[] }): ReactNode {
  const { c } = useLetter();
  return h(
    'table',
    { className: 'letter-gaps fixed dense' },
    h(Cols, { widths: [46, 16, 12, 12, 14] }),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h(Head, null, c('plan')),
        h(NumHead, null, c('gap')),
        h(NumHead, null, c('fundedShare')),
        h(NumHead, null, c('chance')),
        h(NumHead, null, c('expected')),
      ),
    ),
    ...rows.map((row) => h(GapRows, { key: row.planId, row })),
  );
}

/** The numbered decisions, each derived from a figure above; none is invented. */
function Decisions({ letter }: { letter: CouncilLetterModel }): ReactNode {
  const { fmt, names, c } = useLetter();
  const items: ReactNode[] = [];
  const ranking = letter.nextEuro;
  if (ranking !== null && (letter.unfunded.plansWithGap > 0 || ranking.best.length > 0)) {
    items.push(
      ranking.best.length === 0
        ? h('li', { key: 'next-euro' }, c('decisionNextEuroNone'))
        : h(
            'li',
            { key: 'next-euro', 'data-decision': 'next-euro' },
            c('decisionNextEuro', { step: fmt.money(ranking.stepEurosPerYear) }),
            h(
              'ul',
              null,
              ...ranking.best.map((b) =>
                h(
                  'li',
                  { key: b.streamId, 'data-stream': b.streamId },
                  h(
                    'b',
                    null,
                    b.kind === 'incubator' ? c('incubator') : h(UserText, { text: names.stream(b.streamId) }),
                  ),
                  `: ${c('decisionNextEuroItem', { added: fmt.money(b.addedEuros), closed: fmt.money(Math.max(0, b.fundedChange)) })}`,
                  b.distanceChange < 0 ? ` ${c('decisionNextEuroCloser')}` : '',
                  '.',
                ),
              ),
            ),
          ),
    );
  }
  if (letter.unfunded.plansWithGap > 0)
    items.push(
      h(
        'li',
        { key: 'gaps', 'data-decision': 'gaps' },
        c('decisionGaps', { count: letter.unfunded.plansWithGap, gap: fmt.money(letter.unfunded.gap) }),
      ),
    );
  if (letter.awardRisk.length > 0)
    items.push(
      h(
        'li',
        { key: 'risk', 'data-decision': 'risk' },
        c('decisionRisk', { share: fmt.percent(AWARD_RISK_SHARE, 0) }),
        h(
          'ul',
          null,
          ...letter.awardRisk.map((r) =>
            h(
              'li',
              { key: r.planId },
              h(UserText, { text: names.plan(r.planId) }),
              `: ${c('decisionRiskItem', { expected: fmt.percent(r.expectedFundedShare, 0), chance: fmt.percent(r.probabilityFullyFunded, 0) })}.`,
            ),
          ),
        ),
      ),
    );
  if (letter.deMinimisNear.length > 0)
    items.push(
      h(
        'li',
        { key: 'de-minimis', 'data-decision': 'de-minimis' },
        c('decisionDeMinimis', { count: letter.deMinimisNear.length }),
        ' ',
        ...letter.deMinimisNear.flatMap((id, i) => [
          i === 0 ? null : '; ',
          h(UserText, { key: id, text: names.cooperative(id) }),
        ]),
        '.',
      ),
    );
  if (items.length === 0) return h('p', null, c('decisionNone'));
  return h('ol', { className: 'letter-decisions' }, ...items);
}

export function CouncilLetter({ letter }: { letter: CouncilLetterModel }): ReactNode {
  const { model, t, fmt, c } = useLetter();
  const report = model.scenarios.find((s) => s.scenario.id === letter.scenarioId) ?? model.scenarios[0]!;
  const money = letter.money;
  const years = report.engineRun.years;
  const cooperatives = new Set(report.portfolio.plans.map((p) => p.cooperativeId)).size;
  const { impact, unfunded } = letter;
  return h(
    'section',
    {
      className: 'major section-summary council-letter',
      id: sectionAnchor('summary'),
      'data-section': 'summary',
    },
    h(
      'div',
      { className: 'letter-page', 'data-letter-page': 1 },
      h(Letterhead, { scenarioName: report.scenario.name }),
      h('h2', null, t('sections.summary')),
      h('p', null, c('salutation')),
      h(
        'p',
        null,
        c('opening', {
          plans: report.portfolio.plans.length,
          cooperatives,
          cost: fmt.money(money.totalCost),
          first: years[0] ?? 0,
          last: years.at(-1) ?? 0,
        }),
      ),
      h('h3', null, c('moneyTitle')),
      h(
        'p',
        null,
        money.leverage === null
          ? c('moneyTextNoMunicipal', { mobilised: fmt.money(money.mobilised) })
          : c('moneyText', {
              municipal: fmt.money(money.municipal),
              mobilised: fmt.money(money.mobilised),
              leverage: fmt.number(money.leverage, 2),
            }),
        money.municipalGuarantees >= 0.5
          ? ` ${c('guaranteeText', { amount: fmt.money(money.municipalGuarantees) })}`
          : null,
      ),
      h(MoneyTable, { money }),
      h('h3', null, c('impactTitle')),
      impact.rows.length === 0
        ? h('p', null, c('impactNone'))
        : [
            h(
              'p',
              { key: 'text' },
              c('impactText', {
                dimensions: impact.touchedDimensions,
                indicators: impact.touchedIndicators,
                selection:
                  impact.rows.length === impact.touchedIndicators
                    ? c('impactAll')
                    : c('impactLargest', { shown: impact.rows.length }),
                draws: impact.draws,
              }),
            ),
            h(ImpactTable, { key: 'table', rows: impact.rows }),
            h('p', { key: 'note', className: 'note' }, c('distanceNote')),
          ],
    ),
    h(
      'div',
      { className: 'letter-page new-page', 'data-letter-page': 2 },
      h('h3', null, c('unfundedTitle')),
      h(
        'p',
        null,
        unfunded.plansWithGap === 0
          ? c('unfundedNone')
          : c('unfundedText', { count: unfunded.plansWithGap, gap: fmt.money(unfunded.gap) }),
      ),
      unfunded.rows.length === 0 ? null : h(UnfundedTable, { rows: unfunded.rows }),
      unfunded.plansWithGap > unfunded.rows.length
        ? h(
            'p',
            { className: 'note' },
            c('unfundedMore', { count: unfunded.plansWithGap - unfunded.rows.length }),
          )
        : null,
      unfunded.rows.length === 0 ? null : h('p', { className: 'note' }, c('chanceNote')),
      letter.scenarios.length > 1
        ? [
            h('h4', { key: 'title' }, c('scenariosTitle')),
            h(ScenariosTable, { key: 'table', letter }),
            letter.scenarios.length > LETTER_SCENARIO_ROWS
              ? h(
                  'p',
                  { key: 'more', className: 'note' },
                  c('scenariosMore', { count: letter.scenarios.length - LETTER_SCENARIO_ROWS }),
                )
              : null,
          ]
        : null,
      h('h3', null, c('decisionsTitle')),
      h(Decisions, { letter }),
      h('p', { className: 'letter-closing' }, c('closing')),
      h('p', { className: 'note' }, t('amountsNote')),
    ),
  );
}
