/** Page 2, part 1: the plans that keep a gap, and why. */
import { createElement as h, type ReactNode } from 'react';
import type { LetterGapRow } from '../../../council-letter';
import { UserText } from '../../context';
import { Cols, Head, Num, NumHead } from '../../parts';
import { useLetter } from './letter-env';

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

export function UnfundedTable({ rows }: { rows: LetterGapRow[] }): ReactNode {
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
