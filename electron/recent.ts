/**
 * Recently used workspace files: at most ten, most recent first, no duplicates,
 * kept as JSON in the user's data folder. Files that vanished are dropped when the
 * list is read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { writeFileAtomic } from '../src/fs/atomic-write';

export const MAX_RECENT = 10;
export const RECENT_FILE_NAME = 'recent-workspaces.json';

/** Windows and macOS file systems ignore case by default, so `A.coopfolio` and `a.coopfolio` are one file there. */
function pathKey(path: string, platform: NodeJS.Platform): string {
  const full = resolve(path);
  return platform === 'linux' ? full : full.toLowerCase();
}

export function addRecent(
  list: readonly string[],
  path: string,
  max = MAX_RECENT,
  platform: NodeJS.Platform = process.platform,
): string[] {
  const key = pathKey(path, platform);
  const rest = list.filter((entry) => pathKey(entry, platform) !== key);
  return [resolve(path), ...rest].slice(0, max);
}

export function removeRecent(
  list: readonly string[],
  path: string,
  platform: NodeJS.Platform = process.platform,
): string[] {
  const key = pathKey(path, platform);
  return list.filter((entry) => pathKey(entry, platform) !== key);
}

/** Reads the stored list leniently: a damaged file means an empty list, never a crash. */
export function parseRecentList(text: string, platform: NodeJS.Platform = process.platform): string[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const files = data !== null && typeof data === 'object' && 'files' in data ? data.files : null;
  if (!Array.isArray(files)) return [];
  let list: string[] = [];
  for (const entry of files.slice(0, MAX_RECENT * 2).reverse()) {
    if (typeof entry === 'string' && entry !== '' && isAbsolute(entry)) {
      list = addRecent(list, entry, MAX_RECENT, platform);
    }
  }
  return list;
}

export function serializeRecentList(list: readonly string[]): string {
  return `${JSON.stringify({ version: 1, files: list }, null, 2)}\n`;
}

export interface RecentFs {
  readText(path: string): string | null;
  writeText(path: string, text: string): void;
  exists(path: string): boolean;
}

export const nodeRecentFs: RecentFs = {
  readText(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  },
  // The list names the user's files: readable by the user only.
  writeText: (path, text) => writeFileAtomic(path, text, { mode: 0o600 }),
  exists: existsSync,
};

export interface RecentList {
  /** Existing files only, most recent first. */
  list(): string[];
  add(path: string): string[];
  remove(path: string): string[];
  clear(): string[];
}

export function createRecentList(userDataDir: string, fs: RecentFs = nodeRecentFs): RecentList {
  const file = join(userDataDir, RECENT_FILE_NAME);
  const stored = (): string[] => {
    const text = fs.readText(file);
    return text === null ? [] : parseRecentList(text);
  };
  const save = (list: string[]): string[] => {
    try {
      fs.writeText(file, serializeRecentList(list));
    } catch {
      // Losing the recent list is a nuisance, not a reason to fail opening a file.
    }
    return list;
  };
  return {
    list() {
      const all = stored();
      const present = all.filter((path) => fs.exists(path));
      return present.length === all.length ? all : save(present);
    },
    add: (path) => save(addRecent(stored(), path)),
    remove: (path) => save(removeRecent(stored(), path)),
    clear: () => save([]),
  };
}
