// The current address as React state, and navigation that goes through the browser's history so the
// back button and a reload work. A few lines over `hashchange` instead of a router library: the app
// needs neither nested layouts nor loaders, and a library would be the largest part of this module.
import { useMemo, useSyncExternalStore } from 'react';
import { formatRoute, parseHash, type Route, type RouteInput } from './route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = (): string => window.location.hash;

export function currentRoute(): Route {
  return parseHash(currentHash());
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return useMemo(() => parseHash(hash), [hash]);
}

/** Opens an address; `replace` swaps the current history entry instead of adding one. */
export function navigate(to: RouteInput, opts: { replace?: boolean } = {}): void {
  const hash = formatRoute(to);
  if (hash === currentHash()) return;
  if (opts.replace) {
    // replaceState does not fire hashchange; announce the change ourselves.
    window.history.replaceState(window.history.state, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = hash;
  }
}

/**
 * Records where the user is without telling anyone: for a selection the view already holds in its
 * own state (the map's), so that a reload or a copied address keeps it, and nothing re-renders.
 */
export function recordAddress(to: RouteInput): void {
  const hash = formatRoute(to);
  if (hash !== currentHash()) window.history.replaceState(window.history.state, '', hash);
}

/** The href of an address, for real links (open in a new tab, copy link). */
export function href(to: RouteInput): string {
  return formatRoute(to);
}
