import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addRecent,
  createRecentList,
  fileEntry as f,
  MAX_RECENT,
  parseRecentList,
  RECENT_FILE_NAME,
  removeRecent,
  serializeRecentList,
  teamEntry as team,
  type RecentEntry,
} from '../../electron/recent';
import { makeTempDir } from '../helpers/temp-dir';

const paths = (list: RecentEntry[]) =>
  list.map((entry) => (entry.kind === 'file' ? entry.path : entry.origin));

describe('recent list rules', () => {
  it('puts the most recent file first', () => {
    expect(addRecent([f('/a.coopfolio')], f('/b.coopfolio'), MAX_RECENT, 'linux')).toEqual([
      f('/b.coopfolio'),
      f('/a.coopfolio'),
    ]);
  });

  it('moves a reopened file to the front instead of listing it twice', () => {
    const list = [f('/a.coopfolio'), f('/b.coopfolio'), f('/c.coopfolio')];
    expect(paths(addRecent(list, f('/c.coopfolio'), MAX_RECENT, 'linux'))).toEqual([
      '/c.coopfolio',
      '/a.coopfolio',
      '/b.coopfolio',
    ]);
    expect(paths(addRecent(list, f('/x/../b.coopfolio'), MAX_RECENT, 'linux'))).toEqual([
      '/b.coopfolio',
      '/a.coopfolio',
      '/c.coopfolio',
    ]);
  });

  it('keeps at most ten, files and team addresses together', () => {
    let list: RecentEntry[] = [];
    for (let i = 0; i < 15; i += 1) list = addRecent(list, f(`/w${i}.coopfolio`), MAX_RECENT, 'linux');
    list = addRecent(list, team('https://coopfolio.gemeente.nl'), MAX_RECENT, 'linux');
    expect(list).toHaveLength(10);
    expect(list[0]).toEqual(team('https://coopfolio.gemeente.nl'));
    expect(list[1]).toEqual(f('/w14.coopfolio'));
    expect(list[9]).toEqual(f('/w6.coopfolio'));
  });

  it('treats paths differing only in case as one file where the file system does', () => {
    expect(addRecent([f('/Docs/A.coopfolio')], f('/docs/a.coopfolio'), MAX_RECENT, 'darwin')).toEqual([
      f('/docs/a.coopfolio'),
    ]);
    expect(addRecent([f('/Docs/A.coopfolio')], f('/docs/a.coopfolio'), MAX_RECENT, 'linux')).toHaveLength(2);
  });

  it('keeps a team address and a file apart, and a reopened address once', () => {
    const list = [team('https://a.example'), f('/a.coopfolio'), team('https://b.example')];
    expect(addRecent(list, team('https://b.example'), MAX_RECENT, 'linux')).toEqual([
      team('https://b.example'),
      team('https://a.example'),
      f('/a.coopfolio'),
    ]);
  });

  it('removes a file or a team address, and only that one', () => {
    const list = [f('/a.coopfolio'), team('https://a.example'), f('/b.coopfolio')];
    expect(removeRecent(list, f('/a.coopfolio'), 'linux')).toEqual([
      team('https://a.example'),
      f('/b.coopfolio'),
    ]);
    expect(removeRecent(list, team('https://a.example'), 'linux')).toEqual([
      f('/a.coopfolio'),
      f('/b.coopfolio'),
    ]);
    expect(removeRecent(list, team('https://b.example'), 'linux')).toEqual(list);
  });

  it('reads a damaged or foreign file as an empty list', () => {
    expect(parseRecentList('not json')).toEqual([]);
    expect(parseRecentList('null')).toEqual([]);
    expect(parseRecentList('[1,2]')).toEqual([]);
    expect(parseRecentList('{"files": "x"}')).toEqual([]);
    expect(parseRecentList('{"entries": {}}')).toEqual([]);
  });

  it('reads the version 1 list of bare paths: absolute only, deduplicated, in stored order', () => {
    const text = JSON.stringify({
      files: ['/a.coopfolio', 3, 'relative.coopfolio', '', null, '/b.coopfolio', '/a.coopfolio'],
    });
    expect(parseRecentList(text, 'linux')).toEqual([f('/a.coopfolio'), f('/b.coopfolio')]);
  });

  it('keeps only team addresses that still pass the address rules', () => {
    const text = JSON.stringify({
      version: 2,
      entries: [
        { kind: 'team', origin: 'https://coopfolio.gemeente.nl' },
        { kind: 'team', origin: 'http://coopfolio.gemeente.nl' },
        { kind: 'team', origin: 'https://coopfolio.gemeente.nl/plans' },
        { kind: 'team', origin: 'javascript:alert(1)' },
        { kind: 'team', origin: 'https://user:pw@coopfolio.gemeente.nl' },
        { kind: 'team', origin: 'http://127.0.0.1:5179' },
        { kind: 'file', path: 'relative.coopfolio' },
        { kind: 'file', path: '/a.coopfolio' },
        { kind: 'other', path: '/b.coopfolio' },
      ],
    });
    expect(parseRecentList(text, 'linux')).toEqual([
      team('https://coopfolio.gemeente.nl'),
      team('http://127.0.0.1:5179'),
      f('/a.coopfolio'),
    ]);
  });

  it('round-trips both kinds through its JSON form, with the files also readable as version 1', () => {
    const list = [f('/a.coopfolio'), team('https://coopfolio.gemeente.nl'), f('/b.coopfolio')];
    const text = serializeRecentList(list);
    expect(parseRecentList(text, 'linux')).toEqual(list);
    expect((JSON.parse(text) as { files: string[] }).files).toEqual(['/a.coopfolio', '/b.coopfolio']);
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
    expect(paths(createRecentList(temp.dir).list())).toEqual([...files].reverse());
  });

  it('drops files that vanished, and remembers that; keeps team addresses', () => {
    const recent = createRecentList(temp.dir);
    for (const file of files) recent.add(file);
    recent.addTeam('https://coopfolio.gemeente.nl');
    rmSync(files[1] ?? '');
    expect(paths(recent.list())).toEqual(['https://coopfolio.gemeente.nl', files[2], files[0]]);
    expect(recent.files()).toEqual([files[2], files[0]]);
    const stored = JSON.parse(readFileSync(join(temp.dir, RECENT_FILE_NAME), 'utf8')) as { files: string[] };
    expect(stored.files).toEqual([files[2], files[0]]);
  });

  it('adds and removes a team address', () => {
    const recent = createRecentList(temp.dir);
    recent.add(files[0] ?? '');
    recent.addTeam('https://coopfolio.gemeente.nl');
    recent.addTeam('http://127.0.0.1:5179');
    expect(paths(createRecentList(temp.dir).list())).toEqual([
      'http://127.0.0.1:5179',
      'https://coopfolio.gemeente.nl',
      files[0],
    ]);
    recent.removeTeam('https://coopfolio.gemeente.nl');
    expect(paths(createRecentList(temp.dir).list())).toEqual(['http://127.0.0.1:5179', files[0]]);
  });

  it('starts empty without a file and survives a corrupt one', () => {
    expect(createRecentList(temp.dir).list()).toEqual([]);
    writeFileSync(join(temp.dir, RECENT_FILE_NAME), '{"files": [');
    const recent = createRecentList(temp.dir);
    expect(recent.list()).toEqual([]);
    recent.add(files[0] ?? '');
    expect(paths(recent.list())).toEqual([files[0]]);
  });

  it('clears the list', () => {
    const recent = createRecentList(temp.dir);
    recent.add(files[0] ?? '');
    recent.addTeam('https://coopfolio.gemeente.nl');
    expect(recent.clear()).toEqual([]);
    expect(recent.list()).toEqual([]);
    expect(existsSync(join(temp.dir, RECENT_FILE_NAME))).toBe(true);
  });

  it('keeps working when the folder cannot be written', () => {
    const recent = createRecentList(join(temp.dir, 'missing', 'folder'));
    expect(paths(recent.add(files[0] ?? ''))).toEqual([files[0]]);
  });
});
