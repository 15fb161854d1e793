import type { NamedEntity } from '../../domain/commands';

/** The catalogue sections of the collection screens; their texts share one layout (`title`, `saved`, …). */
export type ListSection = 'cooperatives' | 'streams';

/** Sections whose editors share the entity editor (`newTitle`, `editTitle`, `saved`, `fields.name`, `fields.id`). */
export type EditorSection = ListSection | 'scenarios';

/** Sections whose screens share a heading with a "new" button and a delete confirmation (`new`, `deleteTitle`, `deleted`, …). */
export type CollectionSection = EditorSection | 'indicators';

/** What a list asks its screen to do with a row. */
export interface RowHandlers<E extends NamedEntity> {
  onEdit: (row: E) => void;
  onDelete: (row: E) => void;
}

/** What a collection's table is given by its screen. */
export interface TableProps<E extends NamedEntity> extends RowHandlers<E> {
  rows: readonly E[];
}

/** What a collection's editor is given by its screen. */
export interface EditorProps<E extends NamedEntity> {
  /** The row being edited as the editor opened it, or null for a new one. */
  original: E | null;
  /**
   * The row as stored now (a colleague's change arrives live), undefined once it is gone.
   * An editor with nothing typed follows it; one with a draft keeps what it opened, so
   * its save expects the old version and meets the conflict dialog.
   */
  latest?: E | undefined;
  /** Ids already in use, so a new row's suggested id is free. */
  takenIds: ReadonlySet<string>;
  onClose: () => void;
}
