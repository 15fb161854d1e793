import type { Lang } from '../i18n';

/** Where a command writes; tests pass buffers, the real CLI passes the process streams. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Whether stderr is a terminal (progress then rewrites one line); absent: it is not. */
  stderrIsTerminal?: boolean;
  /** A secret typed or piped on standard input (`user add`'s password); absent: none can be read. */
  readSecret?: (prompt: string) => Promise<string>;
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;
/** Stopped by Ctrl-C (128 + SIGINT, as shells report it); nothing was written. */
export const EXIT_CANCELLED = 130;

/** A failure the command already explained; carries the exit code (2 bad input, 130 cancelled, 1 other). */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: typeof EXIT_FAILURE | typeof EXIT_BAD_INPUT | typeof EXIT_CANCELLED,
  ) {
    super(message);
    this.name = 'CliFailure';
  }
}

/** `--lang`, else COOPFOLIO_LANG, else Dutch when the system language is Dutch, else English. */
export function resolveLang(option: string | undefined, env: NodeJS.ProcessEnv): Lang {
  const chosen = option ?? env['COOPFOLIO_LANG'];
  if (chosen === 'nl' || chosen === 'en') return chosen;
  if (chosen !== undefined)
    throw new CliFailure(`--lang must be "nl" or "en", not "${chosen}"`, EXIT_BAD_INPUT);
  return (env['LC_ALL'] ?? env['LANG'] ?? '').toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
