/** Small building blocks the sections share: a major section, fact lines, cells. */
import { createElement as h, type ReactNode } from 'react';
import type { ReportSection } from '../model';
import { UserText, useReport } from './context';

/** The anchor of a major section: the contents list links to it, and the PDF names it as a destination. */
export function sectionAnchor(id: ReportSection): string {
  return `section-${id}`;
}

/** A major section: starts on a new page, with its title as the page's heading. */
export function Section({ id, children }: { id: ReportSection; children?: ReactNode }): ReactNode {
  const { t } = useReport();
  return h(
    'section',
    { className: `major section-${id}`, id: sectionAnchor(id), 'data-section': id },
    h('h2', null, t(`sections.${id}`)),
    children,
  );
}

/** A row of labelled facts (sector, stage, ...) that wraps on narrow pages. */
export function Facts({ items }: { items: { label: string; value: ReactNode }[] }): ReactNode {
  return h(
    'p',
    { className: 'facts' },
    ...items.map((item) => h('span', { key: item.label }, h('b', null, `${item.label}:`), item.value)),
  );
}

/** A right-aligned number cell. */
export function Num({ children, className }: { children?: ReactNode; className?: string }): ReactNode {
  return h('td', { className: className === undefined ? 'num' : `num ${className}` }, children);
}

/** A right-aligned heading cell. */
export function NumHead({ children }: { children?: ReactNode }): ReactNode {
  return h('th', { className: 'num', scope: 'col' }, children);
}

export function Head({ children }: { children?: ReactNode }): ReactNode {
  return h('th', { scope: 'col' }, children);
}

/** The head of a table of streams by years: the stream, a column per year, the total. */
export function StreamYearsHead({ years }: { years: readonly number[] }): ReactNode {
  const { t } = useReport();
  return h(
    'thead',
    null,
    h(
      'tr',
      null,
      h(Head, null, t('columns.stream')),
      ...years.map((year) => h(NumHead, { key: `${year}` }, String(year))),
      h(NumHead, null, t('columns.total')),
    ),
  );
}

/** Column widths (in %) for a fixed-layout table: long texts then wrap instead of squeezing short columns. */
export function Cols({ widths }: { widths: readonly (number | null)[] }): ReactNode {
  return h(
    'colgroup',
    null,
    ...widths.map((width, i) =>
      h('col', { key: `${i}`, ...(width === null ? {} : { style: { width: `${width}%` } }) }),
    ),
  );
}

/** A row's first cell: the user's name for it, with a smaller line under it (a kind, a cooperative, a dimension). */
export function NameCell({ text, sub }: { text: string; sub?: ReactNode }): ReactNode {
  return h(
    'td',
    { dir: 'auto' },
    h(UserText, { text }),
    sub === undefined || sub === null ? null : h('span', { className: 'sub' }, sub),
  );
}
