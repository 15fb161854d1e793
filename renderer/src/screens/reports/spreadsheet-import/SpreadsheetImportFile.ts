import { MAX_IMPORT_BYTES } from '../../../../../src/imports/limits';

/** A file the user picked, ready to send: the host reads it (the renderer never parses spreadsheets). */
export interface ChosenFile {
  /** Counts up per pick, so picking the same file again starts afresh. */
  id: number;
  name: string;
  contentBase64: string;
}

export type FileChoice =
  { ok: true; file: ChosenFile } | { ok: false; reason: 'tooLarge' | 'unreadable'; detail: string };

/** Base64 in slices: one `String.fromCharCode(...bytes)` of 10 MB would overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  }
  return btoa(binary);
}

/** Reads a picked file, refusing one above the import's size limit before reading it. */
export async function chooseFile(file: File, id: number): Promise<FileChoice> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, reason: 'tooLarge', detail: file.name };
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return { ok: true, file: { id, name: file.name, contentBase64: bytesToBase64(bytes) } };
  } catch (error) {
    return {
      ok: false,
      reason: 'unreadable',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}
