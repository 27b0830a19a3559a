const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole weeks covered by two ISO dates, both days included. */
export function weeksBetween(from: string, to: string): number {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
  return Number.isFinite(days) && days > 0 ? Math.ceil(days / 7) : 0;
}
