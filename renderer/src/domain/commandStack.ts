/**
 * Undo history as a value: `done` holds what can be undone (newest last),
 * `undone` what can be redone (newest last). Every change returns a new stack.
 */
export interface CommandStack<C> {
  readonly done: readonly C[];
  readonly undone: readonly C[];
}

/** Enough for a working session; beyond it the oldest step is forgotten. */
export const DEFAULT_HISTORY_LIMIT = 100;

export function emptyStack<C>(): CommandStack<C> {
  return { done: [], undone: [] };
}

/** A new edit: it can be undone, and what was undone before can no longer be redone. */
export function pushCommand<C>(
  stack: CommandStack<C>,
  command: C,
  limit = DEFAULT_HISTORY_LIMIT,
): CommandStack<C> {
  const done = [...stack.done, command];
  return { done: done.slice(Math.max(0, done.length - limit)), undone: [] };
}

export function nextUndo<C>(stack: CommandStack<C>): C | undefined {
  return stack.done[stack.done.length - 1];
}

export function nextRedo<C>(stack: CommandStack<C>): C | undefined {
  return stack.undone[stack.undone.length - 1];
}

/** After the newest done command was undone successfully. */
export function afterUndo<C>(stack: CommandStack<C>): CommandStack<C> {
  const command = nextUndo(stack);
  if (command === undefined) return stack;
  return { done: stack.done.slice(0, -1), undone: [...stack.undone, command] };
}

/** After the newest undone command was redone successfully. */
export function afterRedo<C>(stack: CommandStack<C>): CommandStack<C> {
  const command = nextRedo(stack);
  if (command === undefined) return stack;
  return { done: [...stack.done, command], undone: stack.undone.slice(0, -1) };
}
