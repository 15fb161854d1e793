import { readFileSync } from 'node:fs';

/**
 * The app's version from package.json, read once. Found by walking up from this module
 * (src/ in a checkout, dist-electron/ in the desktop bundle); "unknown" if the file is
 * not there, so a report is never refused for want of it.
 */
function readVersion(): string {
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      const json: unknown = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8'));
      if (
        typeof json === 'object' &&
        json !== null &&
        'name' in json &&
        json.name === 'coopfolio' &&
        'version' in json
      )
        return String(json.version);
    } catch {
      // Not at this level: try the next.
    }
  }
  return 'unknown';
}

export const APP_VERSION = readVersion();
