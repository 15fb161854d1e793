/**
 * The council letter (raadsinformatiebrief): the report's two-page opening, addressed to
 * the council. Page 1: what the city put in, what it mobilised and what that achieves on
 * the Doughnut; page 2: what is still unfunded and why, and the numbered decisions those
 * figures ask for. Every figure comes from the report model's `councilLetter`.
 */
import { createElement as h, type ReactNode } from 'react';
import { LETTER_SCENARIO_ROWS, type CouncilLetterModel } from '../../council-letter';
import { sectionAnchor } from '../parts';
import { Letterhead } from './council-letter/Letterhead';
import { Decisions } from './council-letter/LetterDecisions';
import { ImpactTable } from './council-letter/LetterDoughnut';
import { useLetter } from './council-letter/letter-env';
import { MoneyTable, ScenariosTable } from './council-letter/LetterMoney';
import { UnfundedTable } from './council-letter/LetterUnfunded';

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
