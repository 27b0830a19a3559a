import { dayFromIso, isoFromDay } from '../../ground/calendar';
import { bucketEnds } from './demand';
import type { SeriesFacts } from './types';

/**
 * Units of demand lost (stock at zero) from the day after `fromDay` up to the day before `untilDay`,
 * walking day by day like planning's projectStock: forecast means spread evenly over each bucket's
 * days, open PO arrivals on their expected dates, unmet demand lost rather than carried.
 */
export function lostUnitsBefore(series: Pick<SeriesFacts, 'position' | 'mean' | 'bucketDates' | 'bucketDays'>, fromDay: number, untilDay: number): number {
  const arrivals = new Map<number, number>();
  for (const a of series.position.arrivals) {
    const day = dayFromIso(a.date);
    arrivals.set(day, (arrivals.get(day) ?? 0) + a.quantity);
  }
  let stock = series.position.onHand + (arrivals.get(fromDay) ?? 0);
  let lost = 0;
  let t = 0;
  const ends = bucketEnds(series.bucketDates);
  for (let day = fromDay + 1; day < untilDay; day++) {
    while (t < ends.length && (ends[t] as number) < day) t++;
    const rate = t < ends.length ? (series.mean[t] as number) / series.bucketDays : 0;
    stock += (arrivals.get(day) ?? 0) - rate;
    if (stock < 0) {
      lost -= stock;
      stock = 0;
    }
  }
  return lost;
}

/**
 * Extra units lost when a purchase order's arrivals for this SKU-location come on `toDay` instead
 * of when the position expects them (`late`: later than expected; else earlier, as promised):
 * the delay's cost in units short, over the days up to `untilDay`. Comparable with a stock-out's units.
 */
export function unitsLostByDelay(series: Pick<SeriesFacts, 'position' | 'mean' | 'bucketDates' | 'bucketDays'>, poNumber: string, toDay: number, fromDay: number, untilDay: number): number {
  const moved = series.position.arrivals.map((a) => (a.poNumber === poNumber ? { ...a, date: isoFromDay(toDay) } : a));
  const actual = lostUnitsBefore(series, fromDay, untilDay);
  const other = lostUnitsBefore({ ...series, position: { ...series.position, arrivals: moved } }, fromDay, untilDay);
  return Math.abs(actual - other);
}
