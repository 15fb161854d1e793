import { useCallback, useSyncExternalStore } from 'react';
import type { HeldEntry } from '../../../domain/costGrid';

/**
 * The grid's held entries (text that could not be saved), per workspace file and plan,
 * for the app's session. They live outside the builder, so going back in the browser
 * and returning to the plan still shows them rather than losing what was typed.
 */
const held = new Map<string, HeldEntry[]>();
const listeners = new Set<() => void>();
const NONE: HeldEntry[] = [];

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setHeld(key: string, next: HeldEntry[]): void {
  if (next.length === 0) held.delete(key);
  else held.set(key, next);
  for (const listener of listeners) listener();
}

export function heldEntriesKey(workspacePath: string, planId: string): string {
  return `${workspacePath}\u0000${planId}`;
}

export function useHeldEntries(
  key: string,
): [HeldEntry[], (change: (current: HeldEntry[]) => HeldEntry[]) => void] {
  const entries = useSyncExternalStore(subscribe, () => held.get(key) ?? NONE);
  const update = useCallback(
    (change: (current: HeldEntry[]) => HeldEntry[]) => setHeld(key, change(held.get(key) ?? NONE)),
    [key],
  );
  return [entries, update];
}
