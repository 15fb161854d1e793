/** Page 2, part 2: the numbered decisions the figures ask of the council. */
import { createElement as h, type ReactNode } from 'react';
import { AWARD_RISK_SHARE, type CouncilLetterModel } from '../../../council-letter';
import { UserText } from '../../context';
import { useLetter } from './letter-env';

/** The numbered decisions, each derived from a figure above; none is invented. */
export function Decisions({ letter }: { letter: CouncilLetterModel }): ReactNode {
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
