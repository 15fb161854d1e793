import type { ReactNode } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { DataTable, type Column } from '../../components/table/DataTable';
import { useCan } from '../../session/sessionContext';

interface PlanEntriesSectionProps {
  /** The heading's id: it names the section, and focus returns to it after a removal. */
  titleId: string;
  className: string;
  testId: string;
  texts: { title: string; intro: string; empty: string; caption: string; add: string; cannotAdd: string };
  /** How many entries the plan has; with none the empty line shows instead of the table. */
  count: number;
  emptyTestId: string;
  table: { className: string; testId: string; columns: readonly Column[] };
  /** What an entry refers to (streams, indicators) exists; without it nothing can be added. */
  canAdd: boolean;
  onAdd: () => void;
  addTestId: string;
  /** The editor dialog, when open. */
  editor: ReactNode;
  /** The table's bodies, one per entry. */
  children: ReactNode;
}

/**
 * A section of the plan builder listing entries of the plan (awards, impact lines): its
 * heading and intro, the table or the empty line, the Add button, and the editor.
 */
export function PlanEntriesSection({
  titleId,
  className,
  testId,
  texts,
  count,
  emptyTestId,
  table,
  canAdd,
  onAdd,
  addTestId,
  editor,
  children,
}: PlanEntriesSectionProps) {
  // Entries are part of the plan: a role that may not change plans gets no Add button.
  const mayAdd = useCan()('plans.update');
  return (
    <section aria-labelledby={titleId} className={className} data-testid={testId}>
      <h2 id={titleId} className="section-title" tabIndex={-1}>
        {texts.title}
      </h2>
      <p className="field__hint">{texts.intro}</p>
      {count === 0 ? (
        <EmptyState text={texts.empty} testId={emptyTestId} />
      ) : (
        <DataTable {...table} caption={texts.caption}>
          {children}
        </DataTable>
      )}
      {mayAdd && (
        <button type="button" className="button" onClick={onAdd} data-testid={addTestId} disabled={!canAdd}>
          <Icon name="plus" />
          {texts.add}
        </button>
      )}
      {mayAdd && !canAdd && <p className="field__hint">{texts.cannotAdd}</p>}
      {editor}
    </section>
  );
}
