import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseWorkspaceText, workspaceToText } from '../../src/model';
import { createWorkspaceStore } from '../../src/storage';
import { tempFolders } from './builders';

// Written by another team in parallel; the storage tests must not need it.
const DEMO = join(import.meta.dirname, '..', '..', 'src', 'data', 'demo-workspace.json');
const folders = tempFolders();
afterEach(() => folders.cleanup());

describe('the shipped demo workspace', () => {
  it.skipIf(!existsSync(DEMO))('survives a trip through a workspace file unchanged', () => {
    const result = parseWorkspaceText(readFileSync(DEMO, 'utf8'));
    if (!result.ok) throw new Error(result.issues.map((issue) => issue.pathText).join(', '));
    const store = createWorkspaceStore(join(folders.make(), 'demo.coopfolio'), result.value);
    const loaded = store.load();
    store.close();
    expect(loaded).toStrictEqual(result.value);
    expect(workspaceToText(loaded)).toBe(workspaceToText(result.value));
  });
});
