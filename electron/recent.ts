/**
 * Recently used workspaces: files and team server addresses, at most ten together,
 * most recent first, no duplicates, kept as JSON in the user's data folder. Files
 * that vanished are dropped when the list is read; a team address stays until the
 * user removes it (a server that is down today is back tomorrow).
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { writeFileAtomic } from '../src/fs/atomic-write';
import { isTeamOrigin } from './team-address';

export const MAX_RECENT = 10;
export const RECENT_FILE_NAME = 'recent-workspaces.json';

export type RecentEntry =
  { readonly kind: 'file'; readonly path: string } | { readonly kind: 'team'; readonly origin: string };

export function fileEntry(path: string): RecentEntry {
  return { kind: 'file', path: resolve(path) };
}

export function teamEntry(origin: string): RecentEntry {
  return { kind: 'team', origin };
}

/** Windows and macOS file systems ignore case by default, so `A.coopfolio` and `a.coopfolio` are one file there. */
function entryKey(entry: RecentEntry, platform: NodeJS.Platform): string {
  if (entry.kind === 'team') return `team:${entry.origin}`;
  const full = resolve(entry.path);
  return `file:${platform === 'linux' ? full : full.toLowerCase()}`;
}

export function addRecent(
  list: readonly RecentEntry[],
  entry: RecentEntry,
  max = MAX_RECENT,
  platform: NodeJS.Platform = process.platform,
): RecentEntry[] {
  const key = entryKey(entry, platform);
  const rest = list.filter((other) => entryKey(other, platform) !== key);
  const first = entry.kind === 'file' ? fileEntry(entry.path) : entry;
  return [first, ...rest].slice(0, max);
}

export function removeRecent(
  list: readonly RecentEntry[],
  entry: RecentEntry,
  platform: NodeJS.Platform = process.platform,
): RecentEntry[] {
  const key = entryKey(entry, platform);
  return list.filter((other) => entryKey(other, platform) !== key);
}

/** One stored item, or null when it is not a usable entry (a damaged or hand-edited file). */
function storedEntry(item: unknown): RecentEntry | null {
  // Version 1 stored bare paths.
  if (typeof item === 'string') return item !== '' && isAbsolute(item) ? fileEntry(item) : null;
  if (item === null || typeof item !== 'object') return null;
  const record = item as Record<string, unknown>;
  const { path, origin } = record;
  if (record['kind'] === 'file' && typeof path === 'string' && path !== '' && isAbsolute(path)) {
    return fileEntry(path);
  }
  // A stored address is trusted only if it still passes the address rules (https, or http to this machine).
  if (record['kind'] === 'team' && typeof origin === 'string' && isTeamOrigin(origin))
    return teamEntry(origin);
  return null;
}

/** Reads the stored list leniently: a damaged file means an empty list, never a crash. */
export function parseRecentList(text: string, platform: NodeJS.Platform = process.platform): RecentEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  if (data === null || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  const items = Array.isArray(record['entries']) ? record['entries'] : record['files'];
  if (!Array.isArray(items)) return [];
  let list: RecentEntry[] = [];
  for (const item of items.slice(0, MAX_RECENT * 2).reverse()) {
    const entry = storedEntry(item);
    if (entry !== null) list = addRecent(list, entry, MAX_RECENT, platform);
  }
  return list;
}

/** Version 2 keeps `files` beside `entries`, so an older Coopfolio still finds the files. */
export function serializeRecentList(list: readonly RecentEntry[]): string {
  const files = list.flatMap((entry) => (entry.kind === 'file' ? [entry.path] : []));
  return `${JSON.stringify({ version: 2, entries: list, files }, null, 2)}\n`;
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
  // The list names the user's files and servers: readable by the user only.
  writeText: (path, text) => writeFileAtomic(path, text, { mode: 0o600 }),
  exists: existsSync,
};

export interface RecentList {
  /** Existing files and team addresses, most recent first. */
  list(): RecentEntry[];
  /** The files only, most recent first (the startup's "last used file"). */
  files(): string[];
  add(path: string): RecentEntry[];
  remove(path: string): RecentEntry[];
  addTeam(origin: string): RecentEntry[];
  removeTeam(origin: string): RecentEntry[];
  clear(): RecentEntry[];
}

export function createRecentList(userDataDir: string, fs: RecentFs = nodeRecentFs): RecentList {
  const file = join(userDataDir, RECENT_FILE_NAME);
  const stored = (): RecentEntry[] => {
    const text = fs.readText(file);
    return text === null ? [] : parseRecentList(text);
  };
  const save = (list: RecentEntry[]): RecentEntry[] => {
    try {
      fs.writeText(file, serializeRecentList(list));
    } catch {
      // Losing the recent list is a nuisance, not a reason to fail opening a workspace.
    }
    return list;
  };
  const list = (): RecentEntry[] => {
    const all = stored();
    const present = all.filter((entry) => entry.kind === 'team' || fs.exists(entry.path));
    return present.length === all.length ? all : save(present);
  };
  return {
    list,
    files: () => list().flatMap((entry) => (entry.kind === 'file' ? [entry.path] : [])),
    add: (path) => save(addRecent(stored(), fileEntry(path))),
    remove: (path) => save(removeRecent(stored(), fileEntry(path))),
    addTeam: (origin) => save(addRecent(stored(), teamEntry(origin))),
    removeTeam: (origin) => save(removeRecent(stored(), teamEntry(origin))),
    clear: () => save([]),
  };
}
