/**
 * "Voorwaarden van de financieringsbronnen": the date and source of every stream's terms,
 * with the ones older than a year on the report's date (or undated) marked, so a council
 * sees which figures rest on terms nobody has checked lately.
 */
import { createElement as h, type ReactNode } from 'react';
import { reportDay, streamTermsRows, type StreamTermsRow } from '../../stream-terms';
import { reportWords, type Words } from '../../words';
import { UserText, useReport } from '../context';
import type { ReportFormat } from '../format';
import { Cols, Head, NameCell } from '../parts';

function statusText(row: StreamTermsRow, text: Words<'streamTerms'>): string {
  switch (row.age.status) {
    case 'current':
      return text('current');
    case 'stale':
      return text('stale', { days: row.age.days });
    case 'missing':
      return text('missing');
    default: {
      const never: never = row.age;
      return String(never);
    }
  }
}

function Row({ row, fmt, text }: { row: StreamTermsRow; fmt: ReportFormat; text: Words<'streamTerms'> }) {
  const { enumLabel } = useReport();
  const flagged = row.age.status !== 'current';
  return h(
    'tr',
    { className: flagged ? 'terms-outdated' : undefined, 'data-stream': row.streamId },
    h(NameCell, {
      text: row.name,
      sub: row.provider === '' ? undefined : h(UserText, { text: row.provider }),
    }),
    h('td', null, enumLabel('streamKind', row.kind)),
    h(
      'td',
      { className: 'nowrap' },
      row.termsDate === null ? h('span', { className: 'muted' }, text('noDate')) : fmt.date(row.termsDate),
    ),
    // Addresses are printed as text, not links: the report loads and links nothing.
    h(
      'td',
      { dir: 'auto', className: 'terms-source' },
      row.source === null
        ? h('span', { className: 'muted' }, text('noSource'))
        : h(UserText, { text: row.source }),
    ),
    h(
      'td',
      { className: flagged ? 'gap' : undefined },
      row.draft ? `${text('draft')}; ${statusText(row, text)}` : statusText(row, text),
    ),
  );
}

export function StreamTerms(): ReactNode {
  const { model, lang, fmt } = useReport();
  const text = reportWords(lang, 'streamTerms');
  const rows = streamTermsRows(model);
  return h(
    'div',
    { className: 'stream-terms', 'data-table': 'stream-terms' },
    h('h4', null, text('heading')),
    h('p', { className: 'small' }, text('intro', { date: fmt.date(reportDay(model)) })),
    rows.length === 0
      ? h('p', { className: 'muted' }, text('none'))
      : h(
          'table',
          { className: 'dense fixed stream-terms-table' },
          h(Cols, { widths: [30, 12, 14, 28, 16] }),
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              h(Head, null, text('stream')),
              h(Head, null, text('kind')),
              h(Head, null, text('termsDate')),
              h(Head, null, text('source')),
              h(Head, null, text('status')),
            ),
          ),
          h('tbody', null, ...rows.map((row) => h(Row, { key: row.streamId, row, fmt, text }))),
        ),
  );
}
