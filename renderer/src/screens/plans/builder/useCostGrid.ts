import { useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { PlanJson } from '../../../../../src/model/plan';
import {
  cellAmount,
  cellPath,
  gridLayout,
  heldAt,
  heldInLayout,
  isGridKey,
  issueIsAbout,
  moveInGrid,
  readCellEntry,
  rowKeyOf,
  storedCell,
  withCell,
  withHeld,
  withoutHeld,
  type GridPosition,
  type HeldEntry,
} from '../../../domain/costGrid';
import { fromServerIssues, type FormIssue } from '../../../domain/issues';
import { formatAmountInput } from '../../../domain/numbers';
import { useLang } from '../../../i18n/useLang';
import type { PlanSaver } from './usePlanSaver';

/** "replace": started by typing, arrows commit and move. "edit": started with F2 or a double click, arrows move the caret. */
interface Editing extends GridPosition {
  text: string;
  mode: 'replace' | 'edit';
  /** The plan as shown when the edit began: what the user typed over. */
  from: PlanJson;
}

const samePlace = (a: GridPosition | null, b: GridPosition) =>
  a !== null && a.row === b.row && a.col === b.col;

/** The held entries of the grid (text that could not be saved) and how to change them. */
export interface HeldEntries {
  entries: HeldEntry[];
  update: (change: (current: HeldEntry[]) => HeldEntry[]) => void;
}

/**
 * The cost grid's keyboard and editing behaviour, spreadsheet-style: one cell is
 * active (the only one in the tab order), typing replaces its value, F2 or a double
 * click edits it, Enter / Tab / arrows commit and move, Escape cancels. A committed
 * value is checked with the model's money rule first; a refused one is held: it stays
 * in its cell with its message, also after focus moves on, until it is corrected or
 * cancelled with Escape. Nothing of it is saved. Not `editable` (a role that may not
 * change plans): the keys still move between cells, but nothing starts an edit.
 */
export function useCostGrid(
  saver: PlanSaver,
  gridRef: RefObject<HTMLTableElement | null>,
  heldEntries: HeldEntries,
  editable = true,
) {
  const { lang, locale } = useLang();
  const plan = saver.shown;
  const layout = gridLayout(plan);
  const size = { rows: layout.rows.length, cols: layout.years.length };
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 0 });
  const [editing, setEditingState] = useState<Editing | null>(null);
  // Mirrored in a ref: moving focus after a commit blurs the old cell before React re-renders.
  const editingRef = useRef<Editing | null>(null);
  const setEditing = (next: Editing | null) => {
    editingRef.current = next;
    setEditingState(next);
  };
  const placeOf = (position: GridPosition) => {
    const row = layout.rows[position.row];
    const year = layout.years[position.col];
    return row === undefined || year === undefined ? null : { row, year };
  };

  // Entries of a removed line or of a year no longer in the plan have no cell left to show them in.
  const held = heldInLayout(heldEntries.entries, layout);
  const hold = (position: GridPosition, text: string, issues: FormIssue[]) => {
    const place = placeOf(position);
    if (place === null) return;
    heldEntries.update((current) =>
      withHeld(current, { rowKey: rowKeyOf(place.row), year: place.year, text, issues }),
    );
  };
  const release = (position: GridPosition) => {
    const place = placeOf(position);
    if (place !== null) heldEntries.update((current) => withoutHeld(current, place.row, place.year));
  };
  const heldFor = (position: GridPosition) => {
    const place = placeOf(position);
    return place === null ? undefined : heldAt(held, place.row, place.year);
  };

  const focusCell = (position: GridPosition) => {
    setActive(position);
    gridRef.current
      ?.querySelector<HTMLInputElement>(`[data-row="${position.row}"][data-col="${position.col}"]`)
      ?.focus();
  };

  /** Commits the cell being edited; false when its value is refused (the cell stays in editing). */
  const commit = (edit: Editing): boolean => {
    const place = placeOf(edit);
    if (place === null) return true;
    const path = cellPath(plan, place.row, place.year);
    const entry = readCellEntry(edit.text, path, locale, lang);
    if (!entry.ok) {
      hold(edit, edit.text, entry.issues);
      return false;
    }
    setEditing(null);
    release(edit);
    if ((entry.value ?? 0) === cellAmount(plan, place.row, place.year)) return true;
    // A cell saves onto the plan as stored now, so a colleague's other changes stay. Only
    // when they changed this very cell while it was being typed into does the save expect
    // the version the edit began from: the conflict dialog then shows theirs beside mine.
    const changedMeanwhile =
      cellAmount(edit.from, place.row, place.year) !== cellAmount(plan, place.row, place.year);
    void saver
      .save(
        (current) => withCell(current, place.row, place.year, entry.value),
        changedMeanwhile ? edit.from : undefined,
      )
      .then((result) => {
        // `conflict`: the user chose to see the other person's values instead (the conflict dialog).
        if (result.ok || result.error.code === 'conflict') return;
        const issues = result.error.issues?.length
          ? fromServerIssues(result.error.issues, 'plan').filter((issue) => issueIsAbout(issue.path, path))
          : [];
        // Held in its cell with the host's message; F2 there edits it again.
        hold(
          edit,
          edit.text,
          issues.length > 0 ? issues : [{ source: 'text', path, text: result.error.message }],
        );
      });
    return true;
  };

  const startEditing = (position: GridPosition, text: string, mode: Editing['mode']) => {
    if (!editable) return;
    setEditing({ ...position, text, mode, from: plan });
  };

  const currentText = (position: GridPosition) => {
    const place = placeOf(position);
    if (place === null) return '';
    // F2 on a held cell edits the text that was refused, not the stored amount behind it.
    const kept = heldAt(held, place.row, place.year);
    if (kept !== undefined) return kept.text;
    const stored = storedCell(plan, place.row, place.year);
    return stored === undefined ? '' : formatAmountInput(stored, locale);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, position: GridPosition) => {
    const editing = editingRef.current;
    const isEditing = samePlace(editing, position) && editing !== null;
    const { key } = event;
    if (key === 'Escape') {
      // Escape gives up the typed text: the cell shows the stored amount again.
      if (!isEditing && heldFor(position) === undefined) return;
      event.preventDefault();
      if (isEditing) setEditing(null);
      release(position);
      return;
    }
    if (isGridKey(key)) {
      // While editing with F2, left and right move the caret in the text.
      if (isEditing && editing.mode === 'edit' && (key === 'ArrowLeft' || key === 'ArrowRight')) return;
      const target = moveInGrid(position, key, event.shiftKey, size);
      if (isEditing && !commit(editing)) {
        event.preventDefault();
        return;
      }
      if (target === null) return; // Tab past the grid's edge: the browser moves on.
      event.preventDefault();
      focusCell(target);
      return;
    }
    if (isEditing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (!editable) return;
    if (key === 'F2') {
      event.preventDefault();
      startEditing(position, currentText(position), 'edit');
    } else if (key === 'Delete') {
      event.preventDefault();
      commit({ ...position, text: '', mode: 'replace', from: plan });
    } else if (key === 'Backspace') {
      event.preventDefault();
      startEditing(position, '', 'replace');
    } else if (key.length === 1) {
      event.preventDefault();
      startEditing(position, key, 'replace');
    }
  };

  // Lines come and go; the active cell stays inside the grid so the grid stays in the tab order.
  const activeInside = {
    row: Math.min(active.row, size.rows - 1),
    col: Math.min(active.col, size.cols - 1),
  };

  const cell = (position: GridPosition) => {
    const isEditing = samePlace(editing, position);
    const kept = heldFor(position);
    return {
      active: samePlace(activeInside, position),
      editing: isEditing,
      text: isEditing && editing !== null ? editing.text : (kept?.text ?? null),
      issues: kept?.issues ?? [],
    };
  };

  return {
    layout,
    editable,
    /** How many cells hold text that was not saved. */
    heldCount: held.length,
    cell,
    onKeyDown,
    onFocus: (position: GridPosition) => setActive(position),
    onChange: (position: GridPosition, text: string) => {
      const current = editingRef.current;
      if (samePlace(current, position) && current !== null) setEditing({ ...current, text });
    },
    onPaste: (position: GridPosition, text: string) => {
      if (!samePlace(editingRef.current, position)) startEditing(position, text.trim(), 'replace');
    },
    onDoubleClick: (position: GridPosition) => startEditing(position, currentText(position), 'edit'),
    onBlur: (position: GridPosition) => {
      // Leaving a cell with the mouse commits it, as in a spreadsheet; a refused value stays shown.
      const current = editingRef.current;
      if (samePlace(current, position) && current !== null) commit(current);
    },
  };
}

export type CostGridController = ReturnType<typeof useCostGrid>;
