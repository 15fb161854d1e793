import Database from 'better-sqlite3';

/**
 * Where to load SQLite's native module from, when not the default. `npm start` builds
 * a copy of better-sqlite3 for Electron's ABI and names it here, so the copy in
 * node_modules stays built for Node (tests, CLI, browser host).
 */
export const NATIVE_BINDING_ENV = 'COOPFOLIO_SQLITE_BINDING';

/** Opens a database with the project's native binding; the only `new Database` in the project. */
export function openDatabase(file: string | Buffer, options: Database.Options = {}): Database.Database {
  const binding = process.env[NATIVE_BINDING_ENV];
  const withBinding =
    binding !== undefined && binding !== '' ? { ...options, nativeBinding: binding } : options;
  return typeof file === 'string' ? new Database(file, withBinding) : new Database(file, withBinding);
}
