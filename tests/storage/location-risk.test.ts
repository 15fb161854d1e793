import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  assessWorkspaceLocation,
  locationRiskMessage,
  nodeLocationProbe,
  type LocationProbe,
  type LocationRisk,
} from '../../src/storage/location-risk';
import { tempFolders } from './builders';

const EXT4 = 0xef53;

interface FakeProbe extends LocationProbe {
  /** Every path `fsType` was asked about, in order. */
  asked: string[];
}

/**
 * A machine without real mounts: `types` maps the paths that exist to their statfs type;
 * every other path does not exist (null), like `statfsSync` failing with ENOENT.
 */
function fakeProbe(
  platform: NodeJS.Platform,
  types: Record<string, number> = {},
  env?: Record<string, string | undefined>,
): FakeProbe {
  const asked: string[] = [];
  return {
    platform,
    asked,
    fsType(path: string): number | null {
      asked.push(path);
      return types[path] ?? null;
    },
    ...(env === undefined ? {} : { env }),
  };
}

/** A probe whose every path exists on one file system (ext4 unless told). */
function everywhere(platform: NodeJS.Platform, type = EXT4): LocationProbe {
  return { platform, fsType: () => type };
}

type Risk = NonNullable<LocationRisk>;
const network = (detail: string): Risk => ({ kind: 'network', detail });
const sync = (service: string): Risk => ({ kind: 'sync', service });

describe('Windows network shares (UNC)', () => {
  it.each([
    ['\\\\server\\share\\plans\\plan.coopfolio'],
    ['//server/share/plan.coopfolio'],
    ['\\\\?\\UNC\\server\\share\\plan.coopfolio'],
    ['\\\\?\\unc\\server\\share\\plan.coopfolio'],
    ['\\\\.\\UNC\\server\\share\\plan.coopfolio'],
    ['//?/UNC/server/share/plan.coopfolio'],
    // The administrative share of this very computer still goes through SMB.
    ['\\\\localhost\\C$\\data\\plan.coopfolio'],
    // WSL's files, reached from Windows over the 9P redirector.
    ['\\\\wsl$\\Ubuntu\\home\\an\\plan.coopfolio'],
    // Network beats a sync-folder name further down the path.
    ['\\\\nas\\home\\an\\OneDrive\\plan.coopfolio'],
  ])('%s is a network location', (path) => {
    expect(assessWorkspaceLocation(path, fakeProbe('win32'))).toEqual(network('unc'));
  });

  it.each([
    // The long-path prefix on a local drive is not a share.
    ['\\\\?\\C:\\Users\\an\\Documents\\plan.coopfolio'],
    ['\\\\.\\C:\\Users\\an\\Documents\\plan.coopfolio'],
    ['C:\\Users\\an\\Documents\\plans.coopfolio'],
    ['C:/Users/an/Documents/plans.coopfolio'],
    // A mapped drive letter looks local: not detected (documented limit).
    ['Z:\\plans\\plan.coopfolio'],
  ])('%s is not a network location', (path) => {
    expect(assessWorkspaceLocation(path, fakeProbe('win32'))).toBeNull();
  });

  it('is a Windows rule only: on Linux a leading // is the root folder', () => {
    expect(assessWorkspaceLocation('//server/share/plan.coopfolio', everywhere('linux'))).toBeNull();
  });
});

describe('sync folders named in the path', () => {
  it.each<[NodeJS.Platform, string, string]>([
    // OneDrive
    ['win32', 'C:\\Users\\an\\OneDrive\\Documenten\\plan.coopfolio', 'OneDrive'],
    ['win32', 'c:\\users\\an\\onedrive\\plan.coopfolio', 'OneDrive'],
    ['win32', 'C:/Users/an/OneDrive/plan.coopfolio', 'OneDrive'],
    ['win32', '\\\\?\\C:\\Users\\an\\OneDrive\\plan.coopfolio', 'OneDrive'],
    ['win32', 'C:\\Users\\an\\OneDrive - Coöperatie De Wind\\Financiën\\plan.coopfolio', 'OneDrive'],
    ['linux', '/home/an/OneDrive/plan.coopfolio', 'OneDrive'],
    ['darwin', '/Users/an/Library/CloudStorage/OneDrive-Personal/plan.coopfolio', 'OneDrive'],
    ['darwin', '/Users/an/Library/CloudStorage/OneDrive-DeWind/plan.coopfolio', 'OneDrive'],
    // SharePoint libraries synced by the OneDrive client on macOS
    [
      'darwin',
      '/Users/an/Library/CloudStorage/OneDrive-SharedLibraries-DeWind/Team - Documenten/plan.coopfolio',
      'SharePoint',
    ],
    // Dropbox
    ['win32', 'C:\\Users\\an\\Dropbox\\plan.coopfolio', 'Dropbox'],
    ['win32', 'D:\\Dropbox (Personal)\\plan.coopfolio', 'Dropbox'],
    ['win32', 'C:\\Users\\an\\Dropbox (De Wind)\\plan.coopfolio', 'Dropbox'],
    ['win32', 'C:\\Users\\an\\De Wind Dropbox\\plan.coopfolio', 'Dropbox'],
    ['darwin', '/Users/an/Dropbox/plan.coopfolio', 'Dropbox'],
    ['darwin', '/Users/an/Library/CloudStorage/Dropbox/plan.coopfolio', 'Dropbox'],
    ['linux', '/home/an/Dropbox/plan.coopfolio', 'Dropbox'],
    // Google Drive
    ['win32', 'G:\\My Drive\\plan.coopfolio', 'Google Drive'],
    ['win32', 'G:\\Mijn Drive\\plan.coopfolio', 'Google Drive'],
    ['win32', 'G:\\Shared drives\\De Wind\\plan.coopfolio', 'Google Drive'],
    ['win32', 'G:\\Gedeelde drives\\De Wind\\plan.coopfolio', 'Google Drive'],
    ['win32', 'C:\\Users\\an\\My Drive\\plan.coopfolio', 'Google Drive'],
    ['win32', 'C:\\Users\\an\\Google Drive\\plan.coopfolio', 'Google Drive'],
    [
      'darwin',
      '/Users/an/Library/CloudStorage/GoogleDrive-an@example.org/My Drive/plan.coopfolio',
      'Google Drive',
    ],
    ['darwin', '/Volumes/GoogleDrive/My Drive/plan.coopfolio', 'Google Drive'],
    ['darwin', '/Volumes/GoogleDrive-1234567890/Shared drives/plan.coopfolio', 'Google Drive'],
    // iCloud Drive
    ['darwin', '/Users/an/Library/Mobile Documents/com~apple~CloudDocs/plan.coopfolio', 'iCloud Drive'],
    ['win32', 'C:\\Users\\an\\iCloudDrive\\plan.coopfolio', 'iCloud Drive'],
    ['win32', 'C:\\Users\\an\\iCloud Drive\\plan.coopfolio', 'iCloud Drive'],
    // Box
    ['win32', 'C:\\Users\\an\\Box\\plan.coopfolio', 'Box'],
    ['darwin', '/Users/an/Box/plan.coopfolio', 'Box'],
    ['darwin', '/Users/an/Library/CloudStorage/Box-Box/plan.coopfolio', 'Box'],
    ['win32', 'D:\\Werk\\Box Sync\\plan.coopfolio', 'Box'],
    // Nextcloud and ownCloud
    ['win32', 'C:\\Users\\an\\Nextcloud\\plan.coopfolio', 'Nextcloud'],
    ['linux', '/home/an/Nextcloud2/plan.coopfolio', 'Nextcloud'],
    ['darwin', '/Users/an/Library/CloudStorage/Nextcloud-an@cloud.example.org/plan.coopfolio', 'Nextcloud'],
    ['linux', '/home/an/ownCloud/plan.coopfolio', 'ownCloud'],
    // pCloud and MEGA
    ['darwin', '/Users/an/pCloud Drive/plan.coopfolio', 'pCloud'],
    ['linux', '/home/an/pCloud Drive/plan.coopfolio', 'pCloud'],
    ['win32', 'C:\\Users\\an\\MEGAsync\\plan.coopfolio', 'MEGA'],
    // Any other macOS File Provider client is named by its folder.
    ['darwin', '/Users/an/Library/CloudStorage/Acme-an@example.org/plan.coopfolio', 'Acme'],
    // GNOME's gvfs mounts of cloud accounts
    ['linux', '/run/user/1000/gvfs/google-drive:host=gmail.com,user=an/plan.coopfolio', 'Google Drive'],
    ['linux', '/run/user/1000/gvfs/onedrive:host=example.org,user=an/plan.coopfolio', 'OneDrive'],
  ])('%s %s is in %s', (platform, path, service) => {
    expect(assessWorkspaceLocation(path, everywhere(platform))).toEqual(sync(service));
  });

  it.each<[NodeJS.Platform, string]>([
    ['win32', 'C:\\Users\\an\\Documents\\plans.coopfolio'],
    // Words that merely contain a service's name are not its folder.
    ['linux', '/home/an/boxes/plan.coopfolio'],
    ['linux', '/home/an/dropbox-export-notes/x.coopfolio'],
    ['win32', 'C:\\Users\\an\\Documents\\OneDrive-backup\\plan.coopfolio'],
    ['win32', 'C:\\Users\\an\\Documents\\Mijn OneDrive notities\\plan.coopfolio'],
    ['win32', 'C:\\Users\\an\\Nextcloud-docs\\plan.coopfolio'],
    ['win32', 'C:\\Users\\an\\My Drivers\\plan.coopfolio'],
    ['darwin', '/Users/an/Documents/iCloud-export/plan.coopfolio'],
    // "Box" only counts as Box Drive's folder directly in the home folder.
    ['linux', '/home/an/Documents/Box/plan.coopfolio'],
    ['linux', '/srv/box/plan.coopfolio'],
    ['win32', 'C:\\Box\\plan.coopfolio'],
    // "Shared drives" only counts at the top of Google Drive's drive letter.
    ['win32', 'D:\\Projects\\Shared drives\\plan.coopfolio'],
    // Other Library folders on macOS are local.
    ['darwin', '/Users/an/Library/Application Support/Coopfolio/plan.coopfolio'],
    // An external disk and an SMB share look the same under /Volumes (documented limit).
    ['darwin', '/Volumes/NAS/plan.coopfolio'],
    ['linux', '/home/an/Documents/plan.coopfolio'],
    // gvfs mounts of local devices (a phone over MTP) are not named as network.
    ['linux', '/run/user/1000/gvfs/mtp:host=phone/plan.coopfolio'],
  ])('%s %s is not a sync folder', (platform, path) => {
    expect(assessWorkspaceLocation(path, everywhere(platform))).toBeNull();
  });

  it.each([
    ['smb-share:server=nas,share=data', 'smb'],
    ['nfs:host=nas,prefix=%2Fexport', 'nfs'],
    ['afp-volume:host=nas,volume=data', 'afp'],
    ['sftp:host=nas', 'sftp'],
    ['ftp:host=nas', 'ftp'],
    ['dav:host=cloud.example.org', 'webdav'],
    ['davs:host=cloud.example.org', 'webdav'],
  ])('a gvfs %s mount is a %s network location', (mount, detail) => {
    const path = `/run/user/1000/gvfs/${mount}/plan.coopfolio`;
    expect(assessWorkspaceLocation(path, everywhere('linux'))).toEqual(network(detail));
  });

  it('names the sync service even when the file system is FUSE', () => {
    expect(
      assessWorkspaceLocation('/home/an/Dropbox/plan.coopfolio', everywhere('linux', 0x65735546)),
    ).toEqual(sync('Dropbox'));
  });
});

describe("Windows' OneDrive environment variables", () => {
  it.each([
    // A OneDrive folder that was moved or renamed has no telling name.
    ['OneDrive', 'D:\\Cloud', 'D:\\Cloud\\plans\\plan.coopfolio'],
    // Case and separators do not matter on Windows.
    ['OneDriveCommercial', 'E:\\Werk\\DeWind', 'e:/werk/dewind/plan.coopfolio'],
    ['OneDriveConsumer', 'D:\\Prive\\', 'D:\\Prive\\plan.coopfolio'],
    ['OneDrive', 'D:/Cloud', '\\\\?\\D:\\Cloud\\plan.coopfolio'],
  ])('%s=%s covers %s', (name, value, path) => {
    expect(assessWorkspaceLocation(path, fakeProbe('win32', {}, { [name]: value }))).toEqual(
      sync('OneDrive'),
    );
  });

  it.each<[Record<string, string | undefined>, string]>([
    // Only whole folders: D:\Cloud2 is not inside D:\Cloud.
    [{ OneDrive: 'D:\\Cloud' }, 'D:\\Cloud2\\plan.coopfolio'],
    [{ OneDrive: 'D:\\Cloud' }, 'D:\\plan.coopfolio'],
    [{ OneDrive: '', OneDriveCommercial: '   ', OneDriveConsumer: undefined }, 'D:\\Cloud\\plan.coopfolio'],
    [{}, 'D:\\Cloud\\plan.coopfolio'],
  ])('%j does not cover %s', (env, path) => {
    expect(assessWorkspaceLocation(path, fakeProbe('win32', {}, env))).toBeNull();
  });

  it('are not read on other platforms', () => {
    const probe: LocationProbe = { platform: 'linux', fsType: () => EXT4, env: { OneDrive: '/data' } };
    expect(assessWorkspaceLocation('/data/plan.coopfolio', probe)).toBeNull();
  });

  it('need no env at all', () => {
    expect(assessWorkspaceLocation('D:\\Cloud\\plan.coopfolio', fakeProbe('win32'))).toBeNull();
  });
});

describe('Linux file-system types (statfs magic)', () => {
  it.each([
    [0x6969, 'nfs'],
    [0x517b, 'smb'],
    [0xfe534d42, 'smb'],
    [0xff534d42, 'cifs'],
    [0x5346414f, 'afs'],
    [0x6b414653, 'afs'],
    [0x73757245, 'coda'],
    [0x00c36400, 'ceph'],
    [0x01021997, '9p'],
    [0x564c, 'ncp'],
    [0x65735546, 'fuse'],
    // A 32-bit system reports the top-bit magics as negative longs.
    [0xff534d42 - 2 ** 32, 'cifs'],
  ])('type %d is network (%s)', (type, detail) => {
    const probe = fakeProbe('linux', { '/mnt/share/plan.coopfolio': type });
    expect(assessWorkspaceLocation('/mnt/share/plan.coopfolio', probe)).toEqual(network(detail));
  });

  it.each([
    [EXT4, 'ext4'],
    [0x01021994, 'tmpfs'],
    [0x9123683e, 'btrfs'],
    [0x58465342, 'xfs'],
    [0x2fc12fc1, 'zfs'],
    [0x794c7630, 'overlayfs'],
    [0, 'unknown'],
  ])('type %d (%s) is local', (type) => {
    expect(assessWorkspaceLocation('/home/an/plan.coopfolio', everywhere('linux', type))).toBeNull();
  });

  it('also applies on Android, which has the Linux kernel', () => {
    expect(assessWorkspaceLocation('/sdcard/plan.coopfolio', everywhere('android', 0x6969))).toEqual(
      network('nfs'),
    );
  });

  it.each<NodeJS.Platform>(['darwin', 'win32', 'freebsd'])(
    'is not consulted on %s, where the numbers are not the Linux magics',
    (platform) => {
      const probe = fakeProbe(platform, { '/Volumes/NAS/plan.coopfolio': 0x6969 });
      expect(assessWorkspaceLocation('/Volumes/NAS/plan.coopfolio', probe)).toBeNull();
      expect(probe.asked).toEqual([]);
    },
  );

  it('walks up to the first existing folder for a file not yet created', () => {
    const probe = fakeProbe('linux', { '/mnt/nas': 0x6969, '/': EXT4 });
    expect(assessWorkspaceLocation('/mnt/nas/nieuw/plan.coopfolio', probe)).toEqual(network('nfs'));
    expect(probe.asked).toEqual(['/mnt/nas/nieuw/plan.coopfolio', '/mnt/nas/nieuw', '/mnt/nas']);
  });

  it('stops at the file itself when it exists', () => {
    const probe = fakeProbe('linux', { '/home/an/plan.coopfolio': EXT4, '/home/an': 0x6969 });
    expect(assessWorkspaceLocation('/home/an/plan.coopfolio', probe)).toBeNull();
    expect(probe.asked).toEqual(['/home/an/plan.coopfolio']);
  });

  it('walks a local not-yet-existing path up to a local folder', () => {
    const probe = fakeProbe('linux', { '/home/an': EXT4 });
    expect(assessWorkspaceLocation('/home/an/nieuw/plan.coopfolio', probe)).toBeNull();
    expect(probe.asked).toEqual(['/home/an/nieuw/plan.coopfolio', '/home/an/nieuw', '/home/an']);
  });

  it('returns null when the probe can tell nothing, after trying up to the root', () => {
    const probe = fakeProbe('linux');
    expect(assessWorkspaceLocation('/a/b/plan.coopfolio', probe)).toBeNull();
    expect(probe.asked).toEqual(['/a/b/plan.coopfolio', '/a/b', '/a', '/']);
  });
});

describe('nodeLocationProbe on this machine', () => {
  const folders = tempFolders();
  afterEach(() => folders.cleanup());

  it('reads the real platform and file-system type', () => {
    const dir = folders.make();
    expect(nodeLocationProbe.platform).toBe(process.platform);
    expect(nodeLocationProbe.env).toBe(process.env);
    expect(typeof nodeLocationProbe.fsType(dir)).toBe('number');
    expect(nodeLocationProbe.fsType(join(dir, 'missing', 'plan.coopfolio'))).toBeNull();
  });

  it('finds the local temp folder safe (unless this machine keeps it on a network)', () => {
    const dir = folders.make();
    const risk = assessWorkspaceLocation(join(dir, 'nieuw', 'plan.coopfolio'), nodeLocationProbe);
    // The temp folder is local on developer machines and CI; say so if it is not.
    expect(risk, `temp folder ${dir} was judged ${JSON.stringify(risk)}`).toBeNull();
  });
});

describe('locationRiskMessage', () => {
  const FILE = 'C:\\Users\\an\\OneDrive\\begroting.coopfolio';

  it.each([
    [
      'nl',
      { kind: 'sync', service: 'OneDrive' },
      ['"' + FILE + '"', 'OneDrive', 'synchroniseert', 'Documenten'],
    ],
    [
      'en',
      { kind: 'sync', service: 'OneDrive' },
      ['"' + FILE + '"', 'OneDrive', 'synchronises', 'Documents'],
    ],
    ['nl', { kind: 'sync', service: 'Google Drive' }, ['Google Drive-map', 'twee computers']],
    ['en', { kind: 'sync', service: 'Google Drive' }, ['Google Drive folder', 'two computers']],
    ['nl', { kind: 'network', detail: 'unc' }, ['"' + FILE + '"', 'netwerkschijf', 'eigen schijf']],
    ['en', { kind: 'network', detail: 'smb' }, ['"' + FILE + '"', 'network drive', "computer's own disk"]],
    ['nl', { kind: 'network', detail: 'fuse' }, ['netwerk- of cloudschijf']],
    ['en', { kind: 'network', detail: 'fuse' }, ['network or cloud drive']],
  ] as const)('%s %j names the file and the place', (lang, risk, parts) => {
    const message = locationRiskMessage(risk, lang, FILE);
    for (const part of parts) expect(message).toContain(part);
  });

  it.each(['nl', 'en'] as const)('in %s advises backups or exports for sharing, without jargon', (lang) => {
    for (const risk of [sync('Dropbox'), network('nfs')]) {
      const message = locationRiskMessage(risk, lang, FILE);
      expect(message).toMatch(lang === 'nl' ? /reservekopie of export/ : /backup or an export/);
      expect(message).toMatch(lang === 'nl' ? /beschadigd/ : /damaged/);
      expect(message).not.toMatch(/sqlite|lock|wal|journal|fuse|smb|nfs/i);
    }
  });
});
