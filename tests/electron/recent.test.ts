import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addRecent,
  createRecentList,
  MAX_RECENT,
  parseRecentList,
  RECENT_FILE_NAME,
  removeRecent,
  serializeRecentList,
} from '../../electron/recent';
import { makeTempDir } from '../helpers/temp-dir';

describe('recent list rules', () => {
  it('puts the most recent file first', () => {
    expect(addRecent(['/a.coopfolio'], '/b.coopfolio', MAX_RECENT, 'linux')).toEqual([
      '/b.coopfolio',
      '/a.coopfolio',
    ]);
  });

  it('moves a reopened file to the front instead of listing it twice', () => {
    const list = ['/a.coopfolio', '/b.coopfolio', '/c.coopfolio'];
    expect(addRecent(list, '/c.coopfolio', MAX_RECENT, 'linux')).toEqual([
      '/c.coopfolio',
      '/a.coopfolio',
      '/b.coopfolio',
    ]);
    expect(addRecent(list, '/x/../b.coopfolio', MAX_RECENT, 'linux')).toEqual([
      '/b.coopfolio',
      '/a.coopfolio',
      '/c.coopfolio',
    ]);
  });

  it('keeps at most ten', () => {
    let list: string[] = [];
    for (let i = 0; i < 15; i += 1) list = addRecent(list, `/w${i}.coopfolio`, MAX_RECENT, 'linux');
    expect(list).toHaveLength(10);
    expect(list[0]).toBe('/w14.coopfolio');
    expect(list[9]).toBe('/w5.coopfolio');
  });

  it('treats paths differing only in case as one file where the file system does', () => {
    expect(addRecent(['/Docs/A.coopfolio'], '/docs/a.coopfolio', MAX_RECENT, 'darwin')).toEqual([
      '/docs/a.coopfolio',
    ]);
    expect(addRecent(['/Docs/A.coopfolio'], '/docs/a.coopfolio', MAX_RECENT, 'linux')).toHaveLength(2);
  });

  it('removes a file', () => {
    expect(removeRecent(['/a.coopfolio', '/b.coopfolio'], '/a.coopfolio', 'linux')).toEqual(['/b.coopfolio']);
  });

  it('reads a damaged or foreign file as an empty list', () => {
    expect(parseRecentList('not json')).toEqual([]);
    expect(parseRecentList('null')).toEqual([]);
    expect(parseRecentList('[1,2]')).toEqual([]);
    expect(parseRecentList('{"files": "x"}')).toEqual([]);
  });

  it('keeps only absolute path strings, deduplicated, in stored order', () => {
    const text = JSON.stringify({
      files: ['/a.coopfolio', 3, 'relative.coopfolio', '', null, '/b.coopfolio', '/a.coopfolio'],
    });
    expect(parseRecentList(text, 'linux')).toEqual(['/a.coopfolio', '/b.coopfolio']);
  });

  it('round-trips through its JSON form', () => {
    const list = ['/a.coopfolio', '/b.coopfolio'];
    expect(parseRecentList(serializeRecentList(list), 'linux')).toEqual(list);
  });
});

describe('recent list on disk', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let files: string[];

  beforeEach(() => {
    temp = makeTempDir();
    files = ['one', 'two', 'three'].map((name) => {
      const path = join(temp.dir, `${name}.coopfolio`);
      writeFileSync(path, '');
      return path;
    });
  });
  afterEach(() => temp.cleanup());

  it('persists as JSON in the user data folder', () => {
    const recent = createRecentList(temp.dir);
    for (const file of files) recent.add(file);
    const stored = JSON.parse(readFileSync(join(temp.dir, RECENT_FILE_NAME), 'utf8')) as { files: string[] };
    expect(stored.files).toEqual([...files].reverse());
    expect(createRecentList(temp.dir).list()).toEqual([...files].reverse());
  });

  it('drops files that vanished, and remembers that', () => {
    const recent = createRecentList(temp.dir);
    for (const file of files) recent.add(file);
    rmSync(files[1] ?? '');
    expect(recent.list()).toEqual([files[2], files[0]]);
    const stored = JSON.parse(readFileSync(join(temp.dir, RECENT_FILE_NAME), 'utf8')) as { files: string[] };
    expect(stored.files).toEqual([files[2], files[0]]);
  });

  it('starts empty without a file and survives a corrupt one', () => {
    expect(createRecentList(temp.dir).list()).toEqual([]);
    writeFileSync(join(temp.dir, RECENT_FILE_NAME), '{"files": [');
    const recent = createRecentList(temp.dir);
    expect(recent.list()).toEqual([]);
    recent.add(files[0] ?? '');
    expect(recent.list()).toEqual([files[0]]);
  });

  it('clears the list', () => {
    const recent = createRecentList(temp.dir);
    recent.add(files[0] ?? '');
    expect(recent.clear()).toEqual([]);
    expect(recent.list()).toEqual([]);
    expect(existsSync(join(temp.dir, RECENT_FILE_NAME))).toBe(true);
  });

  it('keeps working when the folder cannot be written', () => {
    const recent = createRecentList(join(temp.dir, 'missing', 'folder'));
    expect(recent.add(files[0] ?? '')).toEqual([files[0]]);
  });
});
