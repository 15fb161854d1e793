import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveWorkspaceFile } from '../../src/server/workspace-file';
import { userDataDir } from '../../src/server/user-data';
import { openWorkspaceStore } from '../../src/storage';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
const saved = process.env['COOPFOLIO_DATA_DIR'];

beforeEach(() => {
  temp = makeTempDir();
  process.env['COOPFOLIO_DATA_DIR'] = join(temp.dir, 'data');
});
afterEach(() => {
  if (saved === undefined) delete process.env['COOPFOLIO_DATA_DIR'];
  else process.env['COOPFOLIO_DATA_DIR'] = saved;
  temp.cleanup();
});

describe('the browser host workspace file', () => {
  it('copies the demo into the user data folder on first run and keeps it afterwards', () => {
    const logs: string[] = [];
    const file = resolveWorkspaceFile(undefined, (line) => logs.push(line));
    expect(file).toBe(join(temp.dir, 'data', 'demo.coopfolio'));
    expect(logs).toHaveLength(1);
    const store = openWorkspaceStore(file);
    expect(store.listCooperatives().length).toBeGreaterThanOrEqual(8);
    store.deleteFundingStream(store.listFundingStreams().at(-1)!.id);
    const streams = store.listFundingStreams().length;
    store.close();

    const mtime = statSync(file).mtimeMs;
    expect(resolveWorkspaceFile(undefined, (line) => logs.push(line))).toBe(file);
    expect(logs).toHaveLength(1);
    expect(statSync(file).mtimeMs).toBe(mtime);
    const again = openWorkspaceStore(file);
    expect(again.listFundingStreams()).toHaveLength(streams);
    again.close();
  });

  it('uses the file named on the command line as given', () => {
    expect(resolveWorkspaceFile('x/my.coopfolio', () => {})).toBe(join(process.cwd(), 'x', 'my.coopfolio'));
    expect(existsSync(join(temp.dir, 'data'))).toBe(false);
  });

  it('follows each platform’s convention for the data folder', () => {
    expect(userDataDir({ HOME: '/h' }, 'linux')).toMatch(/\.local\/share\/coopfolio$/);
    expect(userDataDir({ XDG_DATA_HOME: '/xdg' }, 'linux')).toBe('/xdg/coopfolio');
    expect(userDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toContain('Coopfolio');
    expect(userDataDir({}, 'darwin')).toMatch(/Library\/Application Support\/Coopfolio$/);
  });
});
