import { useMemo, useSyncExternalStore } from 'react';

export const pageKeys = ['dashboard', 'data', 'forecasts', 'replenishment', 'logistics', 'suppliers', 'alerts', 'recommend', 'settings'] as const;
export type PageKey = (typeof pageKeys)[number];

export interface Route {
  page: PageKey;
  /** The part after the page, e.g. the Data tab, or the SKU or supplier a link names. */
  sub: string | undefined;
  /** The part after that, e.g. the purchase order a link names on the Data tab (`#/data/purchaseOrders/PO-1`). */
  item?: string | undefined;
}

/** A segment as typed or linked; one that is not valid percent-encoding is taken as it stands. */
function decodeSegment(segment: string | undefined): string | undefined {
  if (!segment) return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Pages live in the URL hash (`#/data/stock`, `#/data/purchaseOrders/PO-1`) so a reload keeps the place. */
export function parseRoute(hash: string): Route {
  const [page, sub, item] = hash.replace(/^#\/?/, '').split('/');
  const known = (pageKeys as readonly string[]).includes(page ?? '');
  if (!known) return { page: 'dashboard', sub: undefined };
  const route: Route = { page: page as PageKey, sub: decodeSegment(sub) };
  const third = route.sub ? decodeSegment(item) : undefined;
  if (third) route.item = third;
  return route;
}

/** The hash of a route; segments are encoded, so a SKU with a slash stays one segment. */
export function routeHash(page: PageKey, sub?: string, item?: string): string {
  const parts = [page, ...(sub ? [sub, ...(item ? [item] : [])] : [])];
  return `#/${parts.map((part, index) => (index === 0 ? part : encodeURIComponent(part))).join('/')}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return useMemo(() => parseRoute(hash), [hash]);
}

export function navigate(page: PageKey, sub?: string, item?: string): void {
  window.location.hash = routeHash(page, sub, item);
}

/** The Data page's sub-route that opens the import wizard for one kind: `#/data/import/stock`. */
export const IMPORT_ROUTE = 'import';

/** Opens the import wizard for a kind of file (a plan or figure that lacks it links here). */
export function navigateToImport(kind: string): void {
  navigate('data', IMPORT_ROUTE, kind);
}
