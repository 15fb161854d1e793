/** Page 1, part 2: what the portfolio achieves on the Doughnut, the largest effects first. */
import { createElement as h, type ReactNode } from 'react';
import { dimensionLabel } from '../../../../impact/framework';
import type { LetterImpactRow } from '../../../council-letter';
import { UserText } from '../../context';
import { Cols, Head, Num, NumHead } from '../../parts';
import { useLetter } from './letter-env';

/** Digits for an effect: whole units from 100 up, one decimal from 1, two below (0.7 kt CO2). */
function effectDigits(value: number): number {
  const size = Math.abs(value);
  return size >= 100 ? 0 : size >= 1 ? 1 : 2;
}

export function ImpactTable({ rows }: { rows: LetterImpactRow[] }): ReactNode {
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
