import { describe, expect, it } from 'vitest';
import {
  afterRedo,
  afterUndo,
  emptyStack,
  nextRedo,
  nextUndo,
  pushCommand,
} from '../../renderer/src/domain/commandStack';

describe('the undo stack', () => {
  it('starts with nothing to undo or redo', () => {
    const stack = emptyStack<string>();
    expect(nextUndo(stack)).toBeUndefined();
    expect(nextRedo(stack)).toBeUndefined();
  });

  it('undoes the newest edit first and lets it be redone', () => {
    let stack = pushCommand(pushCommand(emptyStack<string>(), 'a'), 'b');
    expect(nextUndo(stack)).toBe('b');
    stack = afterUndo(stack);
    expect(nextUndo(stack)).toBe('a');
    expect(nextRedo(stack)).toBe('b');
    stack = afterRedo(stack);
    expect(nextUndo(stack)).toBe('b');
    expect(nextRedo(stack)).toBeUndefined();
  });

  it('forgets what could be redone once a new edit is made', () => {
    let stack = pushCommand(pushCommand(emptyStack<string>(), 'a'), 'b');
    stack = afterUndo(stack);
    stack = pushCommand(stack, 'c');
    expect(nextRedo(stack)).toBeUndefined();
    expect(stack.done).toEqual(['a', 'c']);
  });

  it('keeps only the newest steps beyond the limit', () => {
    let stack = emptyStack<number>();
    for (let i = 1; i <= 5; i++) stack = pushCommand(stack, i, 3);
    expect(stack.done).toEqual([3, 4, 5]);
  });

  it('leaves an empty stack unchanged on undo or redo', () => {
    const stack = emptyStack<string>();
    expect(afterUndo(stack)).toBe(stack);
    expect(afterRedo(stack)).toBe(stack);
  });

  it('never changes the stack it was given', () => {
    const stack = pushCommand(emptyStack<string>(), 'a');
    const before = JSON.stringify(stack);
    afterUndo(stack);
    pushCommand(stack, 'b');
    expect(JSON.stringify(stack)).toBe(before);
  });
});
