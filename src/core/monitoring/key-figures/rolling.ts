import { ratioOrNull } from './figure';
import { PERIOD_WEEKS, TREND_WEEKS } from './week-grid';

/**
 * Rates over a period pool the counts of its four weeks (never an average of weekly rates). Every
 * trend point is the period ending that week, so the last point is the value and the point four
 * weeks earlier the previous value.
 */
export function rollingRates(countsOfWeek: (k: number) => { hits: number; total: number }): (number | null)[] {
  return Array.from({ length: TREND_WEEKS }, (_, end) => {
    let hits = 0;
    let total = 0;
    for (let k = end - PERIOD_WEEKS + 1; k <= end; k++) {
      const week = countsOfWeek(k);
      hits += week.hits;
      total += week.total;
    }
    return ratioOrNull(hits, total);
  });
}
