import type { Result } from '../../../../src/contract/result';
import type { ProcurementJson } from '../../../../src/model/procurement';
import type { Api } from '../../api/client';
import type { Command } from '../../domain/commands';

/** The Inkoop screen's one edit: the section replaced whole (null: removed), with what it replaces for undo. */
export interface ProcurementEdit {
  op: 'procurement.update';
  procurement: ProcurementJson | null;
  previous: ProcurementJson | null;
}

export function procurementUpdate(
  procurement: ProcurementJson | null,
  previous: ProcurementJson | null,
): ProcurementEdit {
  return { op: 'procurement.update', procurement, previous };
}

/** Undo writes the previous section back (or removes it again when there was none). */
export function procurementCommand(edit: ProcurementEdit, name: string): Command {
  return {
    label: { op: edit.op, name },
    undo: procurementUpdate(edit.previous, edit.procurement),
    redo: edit,
  };
}

/**
 * Sends the section with the version the user started from (none when there was no
 * section to start from); answers the version the write gave it (none once removed).
 */
export async function runProcurementEdit(
  api: Api,
  edit: ProcurementEdit,
  expectedVersion?: number,
): Promise<Result<{ done: ProcurementEdit; version: number | undefined }>> {
  const expected = expectedVersion === undefined ? {} : { expectedVersion };
  const result = await api.procurement.update({ procurement: edit.procurement, ...expected });
  return result.ok ? { ok: true, value: { done: edit, version: result.value?.version } } : result;
}

export function isNoOpProcurementUpdate(edit: ProcurementEdit): boolean {
  return JSON.stringify(edit.procurement) === JSON.stringify(edit.previous);
}
