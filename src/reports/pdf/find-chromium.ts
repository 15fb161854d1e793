import { accessSync, constants, statSync } from 'node:fs';

/** Where Chromium or Chrome usually lives, after `CHROMIUM_PATH`. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
] as const;

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium to print PDFs with: `CHROMIUM_PATH` if it names an executable file,
 * else the first of the usual places that exists, else null (the caller then writes
 * HTML and says how to get a PDF). `CHROMIUM_PATH=none` asks for no Chromium at all.
 */
export function findChromium(
  env: Readonly<Record<string, string | undefined>>,
  isExecutable: (path: string) => boolean = isExecutableFile,
): string | null {
  const configured = env['CHROMIUM_PATH']?.trim();
  if (configured === 'none') return null;
  const candidates =
    configured === undefined || configured === ''
      ? CHROMIUM_CANDIDATES
      : [configured, ...CHROMIUM_CANDIDATES];
  return candidates.find((path) => isExecutable(path)) ?? null;
}
