import { useCallback, useEffect, useRef, useState } from 'react';
import { backupPolicySchema, type BackupList } from '../../../../src/contract/backup-operations';
import { api, useWorkspaceChanged } from '../../api';

export type BackupsState =
  { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; data: BackupList };

/**
 * The backups of the open workspace with their policy. Asks again when `key` changes
 * (another language or a saved edit), when the desktop app opens another workspace,
 * and on `refresh()`; an older answer never replaces a newer one.
 */
export function useBackups(key: string): { state: BackupsState; refresh: () => Promise<void> } {
  const [state, setState] = useState<BackupsState>({ status: 'loading' });
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    latest.current += 1;
    const request = latest.current;
    const result = await api.backups.list({});
    if (request !== latest.current) return;
    setState(
      result.ok
        ? { status: 'ready', data: result.value }
        : { status: 'failed', message: result.error.message },
    );
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh, key]);
  useWorkspaceChanged(() => void refresh());

  return { state, refresh };
}

/** How many backups to keep, as typed: a whole number from 1 to 100, or null when it is not one. */
export function parseKeep(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const keep = Number(trimmed);
  // The contract's own rule (whole, 1 to 100), so the form never sends what the host would refuse.
  return backupPolicySchema.shape.keep.safeParse(keep).success ? keep : null;
}

/** A file size as "512 B", "48 kB" or "1,2 MB" (decimal units, as file managers show them). */
export function formatBytes(bytes: number, format: (value: number, maxDecimals: number) => string): string {
  if (bytes < 1000) return `${format(bytes, 0)} B`;
  if (bytes < 1_000_000) return `${format(bytes / 1000, bytes < 10_000 ? 1 : 0)} kB`;
  return `${format(bytes / 1_000_000, 1)} MB`;
}
