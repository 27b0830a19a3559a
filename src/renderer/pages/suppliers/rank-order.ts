/**
 * Ranks in order with suppliers without a rank (no score yet) after every ranked one, whichever
 * way the column is sorted: AG Grid's own order puts empty values first, which at a thousand
 * suppliers opened the page on a screen of "no deliveries" instead of the best supplier.
 */
export function unrankedLast(a: number | null, b: number | null, _nodeA?: unknown, _nodeB?: unknown, isDescending = false): number {
  if (a === b) return 0;
  // AG Grid reverses the comparator's answer for a descending sort: the unranked stay last by being "smallest" then.
  if (a === null) return isDescending ? -1 : 1;
  if (b === null) return isDescending ? 1 : -1;
  return a - b;
}
