import type { OperationOutput } from '../../../src/api/operations';
import type { CooperativeJson } from '../../../src/model/cooperative';
import type { FundingStreamJson } from '../../../src/model/stream';

/** An edit the UI asks for; an update carries the value it replaces so it can be undone. */
export type Edit =
  | { op: 'cooperatives.create'; cooperative: CooperativeJson; position?: number }
  | { op: 'cooperatives.update'; cooperative: CooperativeJson; previous: CooperativeJson }
  | { op: 'cooperatives.delete'; id: string }
  | { op: 'fundingStreams.create'; stream: FundingStreamJson; position?: number }
  | { op: 'fundingStreams.update'; stream: FundingStreamJson; previous: FundingStreamJson }
  | { op: 'fundingStreams.delete'; id: string };

export type EditOp = Edit['op'];

/** An edit that succeeded; a delete carries the server's answer: the removed row and its place. */
export type DoneEdit =
  | Exclude<Edit, { op: 'cooperatives.delete' | 'fundingStreams.delete' }>
  | { op: 'cooperatives.delete'; id: string; removed: OperationOutput<'cooperatives.delete'> }
  | { op: 'fundingStreams.delete'; id: string; removed: OperationOutput<'fundingStreams.delete'> };

/** An undoable step: how to take it back, how to do it again, and what to call it. */
export interface Command {
  label: { op: EditOp; name: string };
  undo: Edit;
  redo: Edit;
}

/** The undo step for an edit that succeeded. Redo repeats the edit as the user asked for it. */
export function commandFor(edit: DoneEdit): Command {
  switch (edit.op) {
    case 'cooperatives.create':
      return {
        label: { op: edit.op, name: edit.cooperative.name },
        undo: { op: 'cooperatives.delete', id: edit.cooperative.id },
        redo: edit,
      };
    case 'cooperatives.update':
      return {
        label: { op: edit.op, name: edit.cooperative.name },
        undo: { op: 'cooperatives.update', cooperative: edit.previous, previous: edit.cooperative },
        redo: edit,
      };
    case 'cooperatives.delete': {
      const { removed } = edit;
      return {
        label: { op: edit.op, name: removed.cooperative.name },
        undo: { op: 'cooperatives.create', cooperative: removed.cooperative, position: removed.position },
        redo: { op: edit.op, id: edit.id },
      };
    }
    case 'fundingStreams.create':
      return {
        label: { op: edit.op, name: edit.stream.name },
        undo: { op: 'fundingStreams.delete', id: edit.stream.id },
        redo: edit,
      };
    case 'fundingStreams.update':
      return {
        label: { op: edit.op, name: edit.stream.name },
        undo: { op: 'fundingStreams.update', stream: edit.previous, previous: edit.stream },
        redo: edit,
      };
    case 'fundingStreams.delete': {
      const { removed } = edit;
      return {
        label: { op: edit.op, name: removed.stream.name },
        undo: { op: 'fundingStreams.create', stream: removed.stream, position: removed.position },
        redo: { op: edit.op, id: edit.id },
      };
    }
    default: {
      const never: never = edit;
      return never;
    }
  }
}

/** An update that writes back exactly what is stored: nothing to save, nothing to undo. */
export function isNoOpEdit(edit: Edit): boolean {
  switch (edit.op) {
    case 'cooperatives.update':
      return JSON.stringify(edit.cooperative) === JSON.stringify(edit.previous);
    case 'fundingStreams.update':
      return JSON.stringify(edit.stream) === JSON.stringify(edit.previous);
    default:
      return false;
  }
}
