import { createElement as h, type ReactNode } from 'react';
import { AWARD_STATUS_LABELS, AWARDS_TITLE, awardReportRows, type AwardReportRow } from '../../awards';
import { UserText, useReport } from '../context';
import { Head, Num, NumHead } from '../parts';

const WORDS = {
  nl: {
    plan: 'Plan',
    stream: 'Financieringsbron',
    status: 'Status',
    requested: 'Aangevraagd',
    granted: 'Toegekend',
    decision: 'Beschikking',
    reportDue: 'Verantwoorden vóór',
    appliedOn: (date: string) => `aangevraagd ${date}`,
    note: 'Een toekenning legt het bedrag van die bron voor het plan vast en telt als zeker; een afwijzing houdt de bron buiten het plan.',
  },
  en: {
    plan: 'Plan',
    stream: 'Funding stream',
    status: 'Status',
    requested: 'Requested',
    granted: 'Granted',
    decision: 'Decision letter',
    reportDue: 'Report due',
    appliedOn: (date: string) => `applied ${date}`,
    note: 'A grant fixes that stream’s amount for the plan and counts as certain; a refusal keeps the stream out of the plan.',
  },
} as const;

/** Decision date and reference, or when it was applied for while no decision came yet. */
function decisionText(
  row: AwardReportRow,
  date: (iso: string) => string,
  words: (typeof WORDS)['nl' | 'en'],
) {
  const parts = [
    row.decidedOn === null
      ? row.appliedOn === null
        ? null
        : words.appliedOn(date(row.appliedOn))
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
  const words = WORDS[lang];
  const statuses = AWARD_STATUS_LABELS[lang];
  const money = (euros: number | null) => (euros === null ? '–' : fmt.money(euros));
  return h(
    'div',
    { className: 'cooperative-awards', 'data-cooperative-awards': cooperativeId },
    h('h4', null, AWARDS_TITLE[lang]),
    h(
      'table',
      { className: 'awards' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h(Head, null, words.plan),
          h(Head, null, words.stream),
          h(Head, null, words.status),
          h(NumHead, null, words.requested),
          h(NumHead, null, words.granted),
          h(Head, null, words.decision),
          h(Head, null, words.reportDue),
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
            h('td', null, statuses[row.status]),
            h(Num, null, money(row.requested)),
            h(Num, null, money(row.granted)),
            h('td', null, decisionText(row, fmt.date, words)),
            h('td', null, row.reportDue === null ? '–' : fmt.date(row.reportDue)),
          ),
        ),
      ),
    ),
    h('p', { className: 'note' }, words.note),
  );
}
