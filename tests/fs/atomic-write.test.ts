import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  fsyncDirectory,
  linkIntoPlace,
  moveIntoPlace,
  tempPathBeside,
  writeFileAtomic,
} from '../../src/fs/atomic-write';

const folders: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'coopfolio-atomic-'));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes text as UTF-8 and bytes as they are, replacing what was there', () => {
    const dir = folder();
    const file = join(dir, 'export.json');
    writeFileSync(file, 'old content that is longer than the new one');
    writeFileAtomic(file, 'Coöperatie €\n');
    expect(readFileSync(file, 'utf8')).toBe('Coöperatie €\n');
    writeFileAtomic(file, Buffer.from([0, 1, 2, 255]));
    expect([...readFileSync(file)]).toEqual([0, 1, 2, 255]);
    expect(readdirSync(dir)).toEqual(['export.json']);
  });

  it('creates a new file readable by others unless asked for the user only', () => {
    const dir = folder();
    writeFileAtomic(join(dir, 'report.csv'), 'a;b\n');
    writeFileAtomic(join(dir, 'recent.json'), '{}', { mode: 0o600 });
    expect(statSync(join(dir, 'recent.json')).mode & 0o077).toBe(0);
    expect(statSync(join(dir, 'report.csv')).mode & 0o600).toBe(0o600);
  });

  it('leaves the old file and no temporary file behind when the rename fails', () => {
    const dir = folder();
    const target = join(dir, 'taken');
    mkdirSync(target);
    writeFileSync(join(target, 'inside.txt'), 'kept');
    expect(() => writeFileAtomic(target, 'new')).toThrow();
    expect(readFileSync(join(target, 'inside.txt'), 'utf8')).toBe('kept');
    expect(readdirSync(dir)).toEqual(['taken']);
  });

  it('throws without creating anything when the folder does not exist', () => {
    const dir = folder();
    expect(() => writeFileAtomic(join(dir, 'missing', 'file.txt'), 'x')).toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('moving a finished temporary file into place', () => {
  it('puts a hidden temporary name in the same folder, unique per call', () => {
    const target = join(folder(), 'budget.coopfolio');
    const first = tempPathBeside(target);
    expect(first.startsWith(join(target, '..', '.budget.coopfolio.'))).toBe(true);
    expect(first.endsWith('.tmp')).toBe(true);
    expect(tempPathBeside(target)).not.toBe(first);
  });

  it('moveIntoPlace replaces the target; linkIntoPlace refuses to', () => {
    const dir = folder();
    const target = join(dir, 'file');
    writeFileSync(target, 'old');
    const temp = tempPathBeside(target);
    writeFileSync(temp, 'new');
    moveIntoPlace(temp, target);
    expect(readFileSync(target, 'utf8')).toBe('new');

    const other = tempPathBeside(target);
    writeFileSync(other, 'newer');
    expect(() => linkIntoPlace(other, target)).toThrow(/EEXIST/);
    expect(readFileSync(target, 'utf8')).toBe('new');
    rmSync(other);
    const fresh = join(dir, 'fresh');
    const temp2 = tempPathBeside(fresh);
    writeFileSync(temp2, 'created');
    linkIntoPlace(temp2, fresh);
    expect(readFileSync(fresh, 'utf8')).toBe('created');
    expect(readdirSync(dir).sort()).toEqual(['file', 'fresh']);
  });

  it('fsyncDirectory never throws, even for a folder that cannot be opened', () => {
    expect(() => fsyncDirectory(join(folder(), 'absent'))).not.toThrow();
  });
});
