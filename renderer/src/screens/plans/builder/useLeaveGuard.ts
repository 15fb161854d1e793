import { useEffect, useState } from 'react';

/**
 * Asks before the user leaves the builder while the grid holds text that was not
 * saved. In-app links are plain `#/…` anchors, so a click on one is held back (capture
 * phase) and its target kept until the user decides; closing or reloading a browser
 * tab gets the browser's own question. Going back in the browser cannot be held back:
 * the held text then waits in its cell for the user's return (useHeldEntries). The
 * desktop app is left alone on close: Electron would silently refuse to close the
 * window instead of asking.
 */
export function useLeaveGuard(active: boolean): {
  pendingHref: string | null;
  stay: () => void;
  leave: () => void;
} {
  const [pendingHref, setPendingHref] = useState<string | null>(null);

  useEffect(() => {
    if (!active) return undefined;
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
        return;
      const target = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
      const href = target?.getAttribute('href');
      if (href === null || href === undefined || href === window.location.hash) return;
      event.preventDefault();
      setPendingHref(href);
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    const inBrowser = window.coopfolio === undefined;
    document.addEventListener('click', onClick, true);
    if (inBrowser) window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('click', onClick, true);
      if (inBrowser) window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [active]);

  return {
    pendingHref,
    stay: () => setPendingHref(null),
    leave: () => {
      const href = pendingHref;
      setPendingHref(null);
      if (href !== null) window.location.hash = href;
    },
  };
}
