/**
 * LibreOffice headless as an independent spreadsheet engine: it opens an XLSX, really
 * recalculates every formula and saves it again. By default LibreOffice keeps the cached
 * results of an XLSX on load (Tools > Options > Calc > Formula: "never recalculate"), which
 * would only echo our own numbers back; a private profile with OOXMLRecalcMode = 0
 * ("always") makes it recompute. Used by the XLSX tests and the xlsx-recalc-peer benchmark.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';

/** LibreOffice can take 10-20 s to start on a cold CI machine; a conversion of the report takes seconds. */
export const SOFFICE_TIMEOUT_MS = 120_000;

const RECALC_ALWAYS = `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>`;

/** `soffice` from COOPFOLIO_SOFFICE or the PATH; null when LibreOffice is not installed. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  const explicit = env['COOPFOLIO_SOFFICE'];
  const candidates = explicit
    ? [explicit]
    : (env['PATH'] ?? '').split(delimiter).map((dir) => join(dir, 'soffice'));
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; try the next folder
    }
  }
  return null;
}

function run(soffice: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      soffice,
      args,
      { timeout: SOFFICE_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`soffice ${args.join(' ')} failed: ${error.message}\n${stderr}`));
        else resolve(`${stdout}${stderr}`);
      },
    );
  });
}

/**
 * A LibreOffice user profile in `dir` that recalculates XLSX files on load. LibreOffice
 * rewrites registrymodifications.xcu when it creates a profile, so the profile is
 * created first (--terminate_after_init) and the setting added afterwards.
 */
export async function recalcProfile(soffice: string, dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const url = pathToFileURL(dir).href;
  const registry = join(dir, 'user', 'registrymodifications.xcu');
  if (!existsSync(registry))
    await run(soffice, [`-env:UserInstallation=${url}`, '--headless', '--terminate_after_init']);
  const current = existsSync(registry)
    ? readFileSync(registry, 'utf8')
    : '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n</oor:items>\n';
  if (!current.includes('OOXMLRecalcMode')) {
    mkdirSync(join(dir, 'user'), { recursive: true });
    writeFileSync(registry, current.replace('</oor:items>', `${RECALC_ALWAYS}\n</oor:items>`));
  }
  return url;
}

/** Opens `input` in LibreOffice with the profile, recalculates, saves an XLSX in `outDir`; returns its path. */
export async function recalculateXlsx(
  soffice: string,
  profileUrl: string,
  input: string,
  outDir: string,
): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  await run(soffice, [
    `-env:UserInstallation=${profileUrl}`,
    '--headless',
    '--norestore',
    '--convert-to',
    'xlsx:Calc MS Excel 2007 XML',
    '--outdir',
    outDir,
    input,
  ]);
  const output = join(outDir, basename(input).replace(/\.[^.]+$/, '') + '.xlsx');
  if (!existsSync(output)) throw new Error(`LibreOffice wrote no ${output}`);
  return output;
}

/** What a formula cell of a saved workbook holds: its formula and cached result (null: none stored). */
export interface SavedFormula {
  formula: string;
  result: number | string | boolean | null;
  /** The cell's type attribute: `n` (number), `str` (text), `b`, `e` (error). */
  type: string;
}

/** The files of a ZIP archive (stored or deflated entries, as XLSX writers produce). */
export function unzip(archive: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('Not a ZIP archive');
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error('Broken ZIP central directory');
    const method = archive.readUInt16LE(at + 10);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = archive.subarray(dataStart, dataStart + size);
    files.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

function xmlText(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[entity] ?? '';
  });
}

function attribute(attrs: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return match?.[1] === undefined ? undefined : xmlText(match[1]);
}

/** Sheet name -> path of its XML part, from the workbook and its relationships. */
function sheetParts(files: Map<string, Buffer>): Map<string, string> {
  const workbook = files.get('xl/workbook.xml')?.toString('utf8') ?? '';
  const rels = files.get('xl/_rels/workbook.xml.rels')?.toString('utf8') ?? '';
  const targets = new Map<string, string>();
  for (const [, attrs = ''] of rels.matchAll(/<Relationship\s([^>]*)\/?>/g)) {
    const id = attribute(attrs, 'Id');
    const target = attribute(attrs, 'Target');
    if (id !== undefined && target !== undefined)
      targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const [, attrs = ''] of workbook.matchAll(/<sheet\s([^>]*)\/?>/g)) {
    const name = attribute(attrs, 'name');
    const target = targets.get(attribute(attrs, 'r:id') ?? '');
    if (name !== undefined && target !== undefined) parts.set(name, target);
  }
  return parts;
}

/**
 * Every formula cell of an XLSX file, keyed `Sheet!A1`, read from the XML itself: a
 * reader library may drop a cached 0 or empty text, which this comparison must see.
 */
export function readFormulaCells(archive: Buffer): Map<string, SavedFormula> {
  const files = unzip(archive);
  const out = new Map<string, SavedFormula>();
  for (const [sheet, part] of sheetParts(files)) {
    const xml = files.get(part)?.toString('utf8') ?? '';
    for (const [, attrs = '', body = ''] of xml.matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const formula = /<f(?:\s[^>]*)?>([\s\S]*?)<\/f>/.exec(body);
      if (formula === null) continue;
      const type = attribute(attrs, 't') ?? 'n';
      const raw = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const value = raw === undefined ? (/<v\s*\/>/.test(body) ? '' : null) : xmlText(raw);
      const result =
        value === null ? null : type === 'n' ? Number(value) : type === 'b' ? value === '1' : value;
      out.set(`${sheet}!${attribute(attrs, 'r') ?? ''}`, {
        formula: xmlText(formula[1] ?? ''),
        result,
        type,
      });
    }
  }
  return out;
}
