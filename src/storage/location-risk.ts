/**
 * Is a workspace file on a network drive or in a sync folder?
 *
 * A workspace is one SQLite file. SQLite relies on file locks to keep two writers apart, and
 * those locks are unreliable on network file systems; sync clients (OneDrive, Dropbox, ...)
 * do not take SQLite's locks at all and may upload or replace the file, or its -wal/-journal
 * sidecars, halfway through a transaction. Either can corrupt the database. See
 * https://www.sqlite.org/howtocorrupt.html, section 2.1 ("Filesystems with broken or missing
 * lock implementations"), and its section 1 on files copied mid-transaction or separated from
 * their journal.
 *
 * Coopfolio does not refuse such a location: it warns, and the user may open anyway or cancel.
 * So the rules below prefer a missed warning over a false alarm on a harmless folder name.
 *
 * Everything the checks need from the machine (platform, file-system type, environment) comes
 * through a `LocationProbe`, so the rules are pure and testable without real mounts.
 */
import { statfsSync } from 'node:fs';
import { posix } from 'node:path';
import type { StorageLang } from './messages';

/**
 * Why a location is risky, or `null` when nothing was found.
 * `detail` is a short identifier of the network kind ('unc', 'smb', 'nfs', 'fuse', ...);
 * `service` is the sync service's name as users know it ('OneDrive', 'Google Drive', ...).
 */
export type LocationRisk = { kind: 'network'; detail: string } | { kind: 'sync'; service: string } | null;

/** What the checks may ask of the machine; tests inject a fake. */
export interface LocationProbe {
  platform: NodeJS.Platform;
  /** `statfs` f_type of `path`, or `null` when it cannot be read (for example, it does not exist). */
  fsType(path: string): number | null;
  /** Environment variables; only Windows' OneDrive variables are read. */
  env?: Record<string, string | undefined>;
}

/**
 * Linux `statfs` magic numbers of file systems whose files live on another machine
 * (from include/uapi/linux/magic.h; Git's fsmonitor uses the same list to spot remote
 * file systems). Only Linux has these fixed numbers, see `usesLinuxMagic`.
 */
const NETWORK_FS_MAGIC = new Map<number, string>([
  [0x6969, 'nfs'],
  [0x517b, 'smb'], // the old smbfs; the magic remains
  [0xfe534d42, 'smb'], // SMB2_SUPER_MAGIC: cifs.ko mounting SMB2/3
  [0xff534d42, 'cifs'],
  [0x5346414f, 'afs'], // OpenAFS
  [0x6b414653, 'afs'], // kAFS, the in-kernel AFS client
  [0x73757245, 'coda'],
  [0x00c36400, 'ceph'],
  // 9P: WSL2 reaches the Windows drives (/mnt/c) this way, and VMs share host folders with it.
  [0x01021997, '9p'],
  [0x564c, 'ncp'], // NetWare
  // FUSE: sshfs, rclone, gvfs, Google Drive and pCloud clients on Linux. It also serves some
  // local disks (ntfs-3g on USB drives, encrypted folders), where the warning is a false alarm;
  // we accept that because the common FUSE mounts under a home folder are remote.
  [0x65735546, 'fuse'],
]);

/**
 * Only Linux (and Android, same kernel) reports fixed magic numbers. On macOS and the BSDs
 * `f_type` is the index the kernel gave the file system when it was registered: smbfs,
 * webdav and other loadable ones get whatever number was free, so it differs between
 * machines and versions (the stable name, `f_fstypename`, is not exposed by Node). Windows'
 * libuv always reports 0. On those platforms only the path rules apply.
 */
function usesLinuxMagic(platform: NodeJS.Platform): boolean {
  return platform === 'linux' || platform === 'android';
}

/** A network kind for a statfs type, or null for a local (or unknown) one. */
function networkFsDetail(type: number): string | null {
  // f_type is a signed long; on 32-bit systems the top-bit magics come back negative.
  const unsigned = type < 0 ? type + 2 ** 32 : type;
  return NETWORK_FS_MAGIC.get(unsigned) ?? null;
}

/**
 * The file-system type of `path`, or of its nearest existing ancestor: a workspace about to
 * be created does not exist yet, and its folder decides where it will live.
 */
function fsTypeOfNearest(path: string, probe: LocationProbe): number | null {
  let current = path;
  for (;;) {
    const type = probe.fsType(current);
    if (type !== null) return type;
    const parent = posix.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

interface SplitPath {
  /** Non-empty path segments, in order; a Windows drive ('C:') is the first segment. */
  segments: string[];
  /** The path names a Windows network share (UNC). */
  unc: boolean;
}

/**
 * Splits a path into segments. On Windows both separators count, and the Win32 device
 * prefixes are understood: `\\?\UNC\server\share` and `\\.\UNC\...` are network shares like
 * `\\server\share`, while `\\?\C:\...` is an ordinary local path written the long way.
 * Elsewhere a backslash is an ordinary file-name character and `//server` is just `/server`
 * (POSIX leaves a leading `//` to the system; Linux and macOS treat it as `/`).
 */
function splitPath(path: string, platform: NodeJS.Platform): SplitPath {
  if (platform !== 'win32') return { segments: path.split('/').filter(Boolean), unc: false };
  let rest = path.replace(/\//g, '\\');
  const device = /^\\\\[?.]\\/.exec(rest);
  if (device !== null) {
    rest = rest.slice(device[0].length);
    if (/^unc\\/i.test(rest)) return { segments: rest.slice(4).split('\\').filter(Boolean), unc: true };
    return { segments: rest.split('\\').filter(Boolean), unc: false };
  }
  return { segments: rest.split('\\').filter(Boolean), unc: rest.startsWith('\\\\') };
}

/** Names of macOS File Provider folders (~/Library/CloudStorage/<Provider>-<account>). */
const CLOUD_STORAGE_PROVIDERS: ReadonlyArray<[RegExp, string]> = [
  // SharePoint libraries synced by the OneDrive client: OneDrive-SharedLibraries-<Org>.
  [/^onedrive-sharedlibraries/, 'SharePoint'],
  [/^onedrive/, 'OneDrive'],
  [/^dropbox/, 'Dropbox'],
  [/^googledrive/, 'Google Drive'],
  [/^box/, 'Box'],
  [/^nextcloud/, 'Nextcloud'],
  [/^owncloud/, 'ownCloud'],
  [/^pcloud/, 'pCloud'],
];

function cloudStorageService(folder: string | undefined): string {
  if (folder === undefined || folder === '') return 'cloud storage';
  const lower = folder.toLowerCase();
  for (const [pattern, service] of CLOUD_STORAGE_PROVIDERS) if (pattern.test(lower)) return service;
  // An unknown provider: its name is the part before the account ("Acme-an@example.org").
  return folder.split('-')[0] || folder;
}

/**
 * One folder name that on its own marks a sync client's folder (lower-cased). Each is the
 * client's default, or the form it uses when it adds an organisation or account, and none
 * is an ordinary word: "dropbox-export-notes" or "boxes" do not match.
 */
const SYNC_FOLDER_NAMES: ReadonlyArray<[RegExp, string]> = [
  // Personal "OneDrive"; work or school accounts "OneDrive - <Organisation>" (Windows).
  [/^onedrive$|^onedrive - /, 'OneDrive'],
  // "Dropbox"; older team accounts "Dropbox (Personal)", "Dropbox (<Team>)"; since Dropbox's
  // 2024 team-space update "<Team> Dropbox" (help.dropbox.com/plans/business-team-changes).
  [/^dropbox$|^dropbox \(| dropbox$/, 'Dropbox'],
  // Google Drive for desktop: "My Drive" (Dutch "Mijn Drive": Google localises the folder
  // names, and Coopfolio's users are Dutch); older clients "Google Drive"; macOS streaming
  // volumes /Volumes/GoogleDrive and GoogleDrive-<account>.
  [/^(my|mijn) drive$|^google drive$|^googledrive$|^googledrive-/, 'Google Drive'],
  // iCloud for Windows ("iCloudDrive"; older versions "iCloud Drive").
  [/^icloud ?drive$/, 'iCloud Drive'],
  // Box Drive's predecessor; plain "Box" needs its place, see `isHomeFolder`.
  [/^box sync$/, 'Box'],
  // Default folders of the Nextcloud and ownCloud clients; a number is added for a second account.
  [/^nextcloud\d*$/, 'Nextcloud'],
  [/^owncloud\d*$/, 'ownCloud'],
  // pCloud's virtual drive on macOS and Linux.
  [/^pcloud drive$/, 'pCloud'],
  // MEGA's desktop client.
  [/^megasync$/, 'MEGA'],
];

/** `segments[index]` is directly in a user's home folder: Users/<name>/ or home/<name>/. */
function isHomeFolder(lower: string[], index: number): boolean {
  const root = lower[index - 2];
  return index >= 2 && (root === 'users' || root === 'home');
}

/** Google Drive's top level on its Windows drive letter: G:\Shared drives (Dutch: Gedeelde drives). */
function isGoogleSharedDrives(lower: string[], index: number, platform: NodeJS.Platform): boolean {
  return (
    platform === 'win32' &&
    index === 1 &&
    /^[a-z]:$/.test(lower[0] ?? '') &&
    /^(shared|gedeelde) drives$/.test(lower[index] ?? '')
  );
}

/**
 * Folders that GNOME's gvfs mounts under /run/user/<uid>/gvfs/<backend>:<details>. The FUSE
 * magic would catch them too; the path names the service.
 */
const GVFS_BACKENDS: ReadonlyArray<[string, NonNullable<LocationRisk>]> = [
  ['google-drive:', { kind: 'sync', service: 'Google Drive' }],
  ['onedrive:', { kind: 'sync', service: 'OneDrive' }],
  ['smb-share:', { kind: 'network', detail: 'smb' }],
  ['nfs:', { kind: 'network', detail: 'nfs' }],
  ['afp-volume:', { kind: 'network', detail: 'afp' }],
  ['sftp:', { kind: 'network', detail: 'sftp' }],
  ['ftp:', { kind: 'network', detail: 'ftp' }],
  ['dav:', { kind: 'network', detail: 'webdav' }],
  ['davs:', { kind: 'network', detail: 'webdav' }],
];

function gvfsRisk(lower: string[]): LocationRisk {
  const at = lower.indexOf('gvfs');
  const mount = lower[at + 1];
  if (at < 1 || mount === undefined || lower[0] !== 'run') return null;
  for (const [prefix, risk] of GVFS_BACKENDS) if (mount.startsWith(prefix)) return risk;
  return null;
}

/** A sync service named by the path's folders, or null. */
function syncFolderRisk(segments: string[], platform: NodeJS.Platform): LocationRisk {
  const lower = segments.map((segment) => segment.toLowerCase());
  for (let index = 0; index < lower.length; index += 1) {
    const name = lower[index] ?? '';
    // macOS: iCloud Drive's real location is ~/Library/Mobile Documents/.
    if (name === 'library' && lower[index + 1] === 'mobile documents') {
      return { kind: 'sync', service: 'iCloud Drive' };
    }
    // macOS 12.3+: every File Provider client (OneDrive, Dropbox, Google Drive, Box, ...) lives here.
    if (name === 'library' && lower[index + 1] === 'cloudstorage') {
      return { kind: 'sync', service: cloudStorageService(segments[index + 2]) };
    }
    for (const [pattern, service] of SYNC_FOLDER_NAMES) {
      if (pattern.test(name)) return { kind: 'sync', service };
    }
    // Box Drive's folder is "Box" in the home folder; elsewhere "Box" is too common a word.
    if (name === 'box' && isHomeFolder(lower, index)) return { kind: 'sync', service: 'Box' };
    if (isGoogleSharedDrives(lower, index, platform)) return { kind: 'sync', service: 'Google Drive' };
  }
  return platform === 'linux' ? gvfsRisk(lower) : null;
}

/**
 * Windows sets OneDrive, OneDriveCommercial and OneDriveConsumer to the OneDrive folders of the
 * signed-in accounts. They catch a OneDrive folder that was moved or renamed (D:\Cloud).
 */
const ONEDRIVE_ENV = ['OneDrive', 'OneDriveCommercial', 'OneDriveConsumer'] as const;

function oneDriveEnvRisk(
  segments: string[],
  env: Record<string, string | undefined> | undefined,
): LocationRisk {
  if (env === undefined) return null;
  const path = segments.join('\\').toLowerCase();
  for (const name of ONEDRIVE_ENV) {
    const value = env[name];
    if (value === undefined || value.trim() === '') continue;
    // Windows paths are case-insensitive; compare separator- and case-folded.
    const root = splitPath(value.trim(), 'win32').segments.join('\\').toLowerCase();
    if (root !== '' && (path === root || path.startsWith(`${root}\\`))) {
      return { kind: 'sync', service: 'OneDrive' };
    }
  }
  return null;
}

/**
 * Whether `path` (an absolute path to a workspace file, existing or about to be created) is
 * on a network drive or in a sync folder. The first rule that matches wins:
 *
 * 1. Windows UNC paths (`\\server\share`, `//server/share`, `\\?\UNC\...`): network, 'unc'.
 * 2. A folder named after a sync client (`SYNC_FOLDER_NAMES`, macOS `Library/CloudStorage`
 *    and `Library/Mobile Documents`, Box in the home folder): sync. On Linux, GNOME's gvfs
 *    mount folders: sync or network by their backend.
 * 3. On Windows, inside a folder named by the OneDrive environment variables: sync, OneDrive.
 * 4. On Linux, the `statfs` type of the file or its nearest existing folder: network.
 */
export function assessWorkspaceLocation(path: string, probe: LocationProbe): LocationRisk {
  const { segments, unc } = splitPath(path, probe.platform);
  if (unc) return { kind: 'network', detail: 'unc' };

  const named = syncFolderRisk(segments, probe.platform);
  if (named !== null) return named;

  if (probe.platform === 'win32') return oneDriveEnvRisk(segments, probe.env);

  if (usesLinuxMagic(probe.platform)) {
    const type = fsTypeOfNearest(path, probe);
    const detail = type === null ? null : networkFsDetail(type);
    if (detail !== null) return { kind: 'network', detail };
  }
  return null;
}

/** The real machine: `fs.statfsSync` (any failure is "cannot tell") and this process's platform and env. */
export const nodeLocationProbe: LocationProbe = {
  platform: process.platform,
  fsType(path: string): number | null {
    try {
      return statfsSync(path).type;
    } catch {
      return null;
    }
  },
  env: process.env,
};

/**
 * The warning shown before opening or creating a workspace at a risky location, in plain words
 * for staff; the caller offers "open anyway" and "cancel". File names are quoted as in
 * `storageErrorMessage`.
 */
export function locationRiskMessage(
  risk: NonNullable<LocationRisk>,
  lang: StorageLang,
  file: string,
): string {
  const quoted = `"${file}"`;
  if (lang === 'nl') {
    if (risk.kind === 'sync') {
      return (
        `Het bestand ${quoted} staat in een map die ${risk.service} synchroniseert. ` +
        `Als ${risk.service} het bestand bijwerkt terwijl Coopfolio erin schrijft, of als op twee computers tegelijk wordt gewerkt, kan de werkruimte beschadigd raken. ` +
        `Zet de werkruimte liever op de eigen schijf van deze computer, bijvoorbeeld in Documenten buiten de ${risk.service}-map. ` +
        `Maak regelmatig een reservekopie en deel met anderen een reservekopie of export, niet het werkbestand zelf.`
      );
    }
    const where = risk.detail === 'fuse' ? 'een gekoppelde netwerk- of cloudschijf' : 'een netwerkschijf';
    return (
      `Het bestand ${quoted} staat op ${where}. ` +
      `Als twee computers tegelijk in het bestand schrijven, of de verbinding even wegvalt, kan de werkruimte beschadigd raken. ` +
      `Zet de werkruimte liever op de eigen schijf van deze computer, bijvoorbeeld in Documenten. ` +
      `Maak regelmatig een reservekopie en deel met anderen een reservekopie of export, niet het werkbestand zelf.`
    );
  }
  if (risk.kind === 'sync') {
    return (
      `The file ${quoted} is in a folder that ${risk.service} synchronises. ` +
      `If ${risk.service} updates the file while Coopfolio writes to it, or two computers work on it at the same time, the workspace can be damaged. ` +
      `Keep the workspace on this computer's own disk instead, for example in Documents outside the ${risk.service} folder. ` +
      `Make backups regularly, and share a backup or an export with others rather than the workspace file itself.`
    );
  }
  const where = risk.detail === 'fuse' ? 'a mounted network or cloud drive' : 'a network drive';
  return (
    `The file ${quoted} is on ${where}. ` +
    `If two computers write to the file at the same time, or the connection drops for a moment, the workspace can be damaged. ` +
    `Keep the workspace on this computer's own disk instead, for example in Documents. ` +
    `Make backups regularly, and share a backup or an export with others rather than the workspace file itself.`
  );
}
