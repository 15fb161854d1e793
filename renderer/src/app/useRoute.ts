import { useSyncExternalStore } from 'react';
import { parseHash, type Route } from './routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentHash(): string {
  return window.location.hash;
}

/** The route in the address's fragment; links are plain `<a href="#/...">`, so back and forward work. */
export function useRoute(): Route {
  return parseHash(useSyncExternalStore(subscribe, currentHash));
}
