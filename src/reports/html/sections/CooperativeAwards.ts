import { createElement as h, type ReactNode } from 'react';
import { awardReportRows, type AwardReportRow } from '../../awards';
import { reportWords, type Words } from '../../words';
import { UserText, useReport } from '../context';
import { Head, Num, NumHead } from '../parts';

/** Decision date and reference, or when it was applied for while no decision came yet. */
function decisionText(row: AwardReportRow, date: (iso: string) => string, words: Words<'awards'>) {
  const parts = [
    row.decidedOn === null
      ? row.appliedOn === null
        ? null
        : words('appliedOn', { date: date(row.appliedOn) })
      : date(row.decidedOn),
    row.reference,
  ].filter((part): part is string => part !== null && part !== '');
  return parts.length === 0 ? '–' : h(UserText, { text: parts.join(', ') });
}

/**
 * The cooperative's applications and awards (issue 14) in its chapter: per plan and
 * stream where the application stands, the amounts, the decision letter and when it
 * must be accounted for. Nothing for a cooperative that has none.
 */
export function CooperativeAwards({ cooperativeId }: { cooperativeId: string }): ReactNode {
  const { model, lang, fmt } = useReport();
  const rows = awardReportRows(model).filter((row) => row.cooperativeId === cooperativeId);
  if (rows.length === 0) return null;
  const words = reportWords(lang, 'awards');
  const money = (euros: number | null) => (euros === null ? '–' : fmt.money(euros));
  return h(
    'div',
    { className: 'cooperative-awards', 'data-cooperative-awards': cooperativeId },
    h('h4', null, words('title')),
    h(
      'table',
      { className: 'awards' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h(Head, null, words('columns.plan')),
          h(Head, null, words('columns.stream')),
          h(Head, null, words('columns.status')),
          h(NumHead, null, words('columns.requested')),
          h(NumHead, null, words('columns.granted')),
          h(Head, null, words('columns.decision')),
          h(Head, null, words('columns.reportDue')),
        ),
      ),
      h(
        'tbody',
        null,
        ...rows.map((row) =>
          h(
            'tr',
            { key: `${row.planId}|${row.streamId}`, 'data-award-status': row.status },
            h('td', { dir: 'auto' }, h(UserText, { text: row.plan })),
            h('td', { dir: 'auto' }, h(UserText, { text: row.stream })),
            h('td', null, words(`status.${row.status}`)),
            h(Num, null, money(row.requested)),
            h(Num, null, money(row.granted)),
            h('td', null, decisionText(row, fmt.date, words)),
            h('td', null, row.reportDue === null ? '–' : fmt.date(row.reportDue)),
          ),
        ),
      ),
    ),
    h('p', { className: 'note' }, words('note')),
  );
}
