import { zipSync, type Zippable } from 'fflate';

/** One written report file as the host sends it. */
export interface ReportFile {
  name: string;
  base64: string;
}

/** Formats that are compressed already (XLSX is a ZIP, PDF streams are deflated): stored as they are. */
const STORED = /\.(xlsx|pdf|png|zip)$/i;

export function bytesOf(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/**
 * Every file of an export in one ZIP, flat and in the export's order, each under its own
 * name. Fixed times keep the archive the same for the same files (the report files carry
 * their own date).
 */
export function reportZip(files: readonly ReportFile[]): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) {
    if (file.name in entries) throw new Error(`Two report files are called "${file.name}"`);
    entries[file.name] = [bytesOf(file.base64), { level: STORED.test(file.name) ? 0 : 6, mtime: ZIP_TIME }];
  }
  return zipSync(entries);
}

/** 1 January 2000: a valid DOS date (ZIP cannot store times before 1980). */
const ZIP_TIME = new Date(2000, 0, 1);

/** `…/demo-rapporten/2026-03-01T10-00-00Z` → `demo-rapporten-2026-03-01T10-00-00Z.zip` */
export function zipNameOf(folder: string): string {
  const parts = folder.split(/[\\/]/).filter((part) => part !== '');
  const name = parts
    .slice(-2)
    .join('-')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-');
  return `${name === '' ? 'rapporten' : name}.zip`;
}
