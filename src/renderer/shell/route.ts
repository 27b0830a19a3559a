import { useMemo, useSyncExternalStore } from 'react';

export const pageKeys = ['dashboard', 'data', 'forecasts', 'replenishment', 'suppliers', 'alerts', 'settings'] as const;
export type PageKey = (typeof pageKeys)[number];

export interface Route {
  page: PageKey;
  /** The part after the page, e.g. the Data tab. */
  sub: string | undefined;
}

/** Pages live in the URL hash (`#/data/stock`) so a reload keeps the place. */
export function parseRoute(hash: string): Route {
  const [page, sub] = hash.replace(/^#\/?/, '').split('/');
  const known = (pageKeys as readonly string[]).includes(page ?? '');
  return { page: known ? (page as PageKey) : 'dashboard', sub: known && sub ? decodeURIComponent(sub) : undefined };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return useMemo(() => parseRoute(hash), [hash]);
}

export function navigate(page: PageKey, sub?: string): void {
  window.location.hash = `#/${page}${sub ? `/${encodeURIComponent(sub)}` : ''}`;
}
