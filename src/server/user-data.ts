import { homedir } from 'node:os';
import { join } from 'node:path';

/** The per-user data folder, as Electron's `app.getPath('userData')` would pick it (overridable for tests). */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const override = env['COOPFOLIO_DATA_DIR'];
  if (override !== undefined && override !== '') return override;
  if (platform === 'win32') return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), 'Coopfolio');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Coopfolio');
  return join(env['XDG_DATA_HOME'] ?? join(homedir(), '.local', 'share'), 'coopfolio');
}
