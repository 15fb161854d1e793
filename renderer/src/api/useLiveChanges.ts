import { useEffect, useEffectEvent } from 'react';
import { HTTP_EVENTS_PATH } from '../../../src/contract/bridge';

/** A burst of notices (one write touches several records) becomes one reload. */
const GATHER_MS = 200;

/**
 * On the team server (`enabled`): calls `listener` shortly after anyone changed the
 * workspace, as the server's event stream announces it (docs/team.md "Live"). The
 * browser reconnects a dropped stream by itself; notices may have been missed
 * meanwhile, so a reconnect counts as a change too.
 */
export function useLiveChanges(enabled: boolean, listener: () => void): void {
  const onChanged = useEffectEvent(listener);
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return undefined;
    const source = new EventSource(HTTP_EVENTS_PATH);
    let pending: number | undefined;
    let openedBefore = false;
    const changed = () => {
      // Waiting, not restarting the wait: a steady stream of notices still reloads every 200 ms.
      if (pending !== undefined) return;
      pending = window.setTimeout(() => {
        pending = undefined;
        onChanged();
      }, GATHER_MS);
    };
    source.addEventListener('change', changed);
    source.addEventListener('open', () => {
      if (openedBefore) changed();
      openedBefore = true;
    });
    return () => {
      window.clearTimeout(pending);
      source.close();
    };
  }, [enabled]);
}
