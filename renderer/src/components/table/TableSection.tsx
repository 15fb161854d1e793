import type { CSSProperties, ReactNode } from 'react';
import { DataTable, type Column } from './DataTable';

interface TableSectionProps {
  /** The heading's id: it names the section (and, often, the table's scrolling region). */
  titleId: string;
  title: string;
  /** A line under the heading on how to read what follows. */
  hint?: ReactNode;
  /** Said instead of the content when there is nothing to show; unset, the content shows. */
  empty?: string | null;
  testId?: string | undefined;
  style?: CSSProperties | undefined;
  children: ReactNode;
}

/** A section of figures: its heading, a hint, then its table(s), or a muted line when there is nothing. */
export function TableSection({ titleId, title, hint, empty, testId, style, children }: TableSectionProps) {
  return (
    <section aria-labelledby={titleId} data-testid={testId} style={style}>
      <h3 id={titleId} className="section-title">
        {title}
      </h3>
      {hint !== undefined && <p className="field__hint">{hint}</p>}
      {empty !== undefined && empty !== null ? <p className="muted">{empty}</p> : children}
    </section>
  );
}

interface SectionTableProps extends Omit<TableSectionProps, 'children'> {
  table: { className: string; testId?: string; columns: readonly Column[] };
  /** A wide table: it scrolls in a region the keyboard reaches, named by the heading. */
  scrolls?: boolean;
  /** The table's bodies (and foot). */
  children: ReactNode;
}

/** The common case: a section with one table, which the heading names (as its caption, for screen readers). */
export function SectionTable({ table, scrolls = false, children, ...section }: SectionTableProps) {
  return (
    <TableSection {...section}>
      <DataTable {...table} caption={section.title} regionLabelledBy={scrolls ? section.titleId : undefined}>
        {children}
      </DataTable>
    </TableSection>
  );
}

interface TitledTableProps {
  titleId: string;
  title: string;
  table: { className: string; testId?: string; columns?: readonly Column[] };
  children: ReactNode;
}

/**
 * A table under a heading of its own, inside a panel that is the landmark (so a plain box,
 * not a section): the heading names the table's scrolling region and is its caption.
 */
export function TitledTable({ titleId, title, table, children }: TitledTableProps) {
  return (
    <div>
      <h3 id={titleId} className="section-title">
        {title}
      </h3>
      <DataTable {...table} caption={title} regionLabelledBy={titleId}>
        {children}
      </DataTable>
    </div>
  );
}
