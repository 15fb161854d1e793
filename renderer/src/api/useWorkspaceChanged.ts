import { useEffect, useEffectEvent } from 'react';

/** Calls `listener` after the desktop app opened another workspace (File > Open, Save As, recent). */
export function useWorkspaceChanged(listener: () => void): void {
  const onChanged = useEffectEvent(listener);
  useEffect(() => {
    const bridge = window.coopfolio;
    if (bridge === undefined) return undefined;
    return bridge.onWorkspaceChanged(() => onChanged());
  }, []);
}
