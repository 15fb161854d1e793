import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeIssue, type ValidationIssue } from '../model/issues';
import type { Lang } from '../i18n';
import { parseWorkspaceText } from '../model/parse';
import type { Workspace } from '../model/workspace';
import { openWorkspaceStore, storageErrorMessage } from '../storage';
import { WorkspaceFileError, type WorkspaceStore } from '../storage/types';
import { CliFailure, EXIT_BAD_INPUT, EXIT_FAILURE, type CliIo } from './io';
import { cliMessage } from './messages';

/** Decoding refuses bad bytes: a lossy decode would store a name altered to U+FFFD. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function readText(io: CliIo, file: string, lang: Lang): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(io.cwd, file));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliFailure(cliMessage(lang, 'cannotRead', { file, detail }), EXIT_BAD_INPUT);
  }
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new CliFailure(cliMessage(lang, 'notUtf8', { file }), EXIT_BAD_INPUT);
  }
}

export type ParsedFile = { ok: true; workspace: Workspace } | { ok: false; issues: ValidationIssue[] };

export function parseWorkspaceFile(io: CliIo, file: string, lang: Lang): ParsedFile {
  const parsed = parseWorkspaceText(readText(io, file, lang), lang);
  return parsed.ok ? { ok: true, workspace: parsed.value } : { ok: false, issues: parsed.issues };
}

/** Reads and validates a workspace JSON file; an invalid file stops the command with every issue listed. */
export function loadWorkspaceJson(io: CliIo, file: string, lang: Lang): Workspace {
  const parsed = parseWorkspaceFile(io, file, lang);
  if (parsed.ok) return parsed.workspace;
  const lines = parsed.issues.map((issue) => `  ${describeIssue(issue)}`);
  throw new CliFailure(
    [cliMessage(lang, 'invalid', { file, number: parsed.issues.length }), ...lines].join('\n'),
    EXIT_BAD_INPUT,
  );
}

const BAD_INPUT_CODES = new Set([
  'not-found',
  'exists',
  'not-a-workspace',
  'corrupt',
  'newer-version',
  'in-use',
]);

/** Turns a storage failure into a CLI failure with the right exit code. */
export function storageFailure(error: unknown, lang: Lang): unknown {
  if (!(error instanceof WorkspaceFileError)) return error;
  const code = BAD_INPUT_CODES.has(error.code) ? EXIT_BAD_INPUT : EXIT_FAILURE;
  return new CliFailure(storageErrorMessage(error, lang), code);
}

export function openStore(io: CliIo, file: string, lang: Lang): WorkspaceStore {
  try {
    return openWorkspaceStore(resolve(io.cwd, file));
  } catch (error) {
    throw storageFailure(error, lang);
  }
}

/** Backups and replaced copies carry the storage's timestamp, so `restore` finds them too. */
export { fileTimestamp } from '../storage/files';
