import { dayFromIso } from '../../ground/calendar';
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
