/** Page 1, part 1: the money by origin, and the projected scenarios side by side (page 2). */
import { createElement as h, type ReactNode } from 'react';
import { LETTER_SCENARIO_ROWS, type CouncilLetterModel, type LetterMoney } from '../../../council-letter';
import { MONEY_ORIGINS } from '../../../money-origin';
import { UserText } from '../../context';
import { Cols, Head, Num, NumHead } from '../../parts';
import { useLetter } from './letter-env';

export function MoneyTable({ money }: { money: LetterMoney }): ReactNode {
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

export function ScenariosTable({ letter }: { letter: CouncilLetterModel }): ReactNode {
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
