import { useCallback, useEffect, useRef, useState } from 'react';

interface Options<T> {
  /** What the route names (a SKU, a supplier code, a PO number); undefined on the plain page route. */
  target: string | undefined;
  /** The rows to find it in; null while they load. */
  rows: readonly T[] | null;
  /** Whether a row is the named thing. */
  matches?(row: T, target: string): boolean;
  /** Opens the first row that matches (its panel): once per target, as soon as the rows are there. */
  onFound?(row: T): void;
  /** Back to the plain page route. */
  leave(): void;
}

export interface RouteSelection {
  /** The grid's search text: the named thing when a link arrives, then whatever the user types. */
  search: string;
  setSearch(text: string): void;
  /** The panel of the named thing was closed: the route stops naming it. */
  release(): void;
}

/**
 * A link that names a thing (`#/replenishment/<SKU>`, `#/suppliers/<code>`) lands on it: the grid's
 * search shows it, so the user sees why the grid is filtered and can clear it, and its panel opens.
 * Clearing or changing the search, or closing the panel, returns to the plain page route, so the
 * next visit starts unfiltered. A thing that no longer exists leaves an empty grid with its search.
 */
export function useRouteSelection<T>({ target, rows, matches, onFound, leave }: Options<T>): RouteSelection {
  const [search, setSearchText] = useState(target ?? '');
  const [pending, setPending] = useState(target);
  const [seen, setSeen] = useState(target);
  // A link followed while the page is open (back and forward) names another thing.
  if (target !== seen) {
    setSeen(target);
    setPending(target);
    if (target) setSearchText(target);
  }

  const latest = useRef({ target, matches, onFound, leave });
  useEffect(() => {
    latest.current = { target, matches, onFound, leave };
  });

  useEffect(() => {
    if (!pending || !rows) return;
    setPending(undefined);
    const { matches: isIt, onFound: open } = latest.current;
    if (!isIt || !open) return;
    const found = rows.find((row) => isIt(row, pending));
    if (found) open(found);
  }, [pending, rows]);

  const setSearch = useCallback((text: string) => {
    setSearchText(text);
    const current = latest.current;
    if (current.target !== undefined && text !== current.target) current.leave();
  }, []);

  const release = useCallback(() => {
    const current = latest.current;
    if (current.target !== undefined) current.leave();
  }, []);

  return { search, setSearch, release };
}
