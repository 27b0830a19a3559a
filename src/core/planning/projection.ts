/**
 * Projected stock from the plan date: on hand, less the forecast mean spread evenly over each
 * bucket's days, plus open PO arrivals on their expected dates. Gives stock at the end of each
 * forecast bucket, the first day it runs out, and days of cover (days until then; null when it
 * lasts the whole horizon). Projection uses the mean: it is the expected path, not a worst case.
 */

import { dayFromIso, isoFromDay } from '../ground/calendar';
import type { InventoryPosition } from './inventory-position';

export interface ProjectedPeriod {
  date: string;
  demand: number;
  arrivals: number;
  stock: number;
}

export interface Projection {
  periods: ProjectedPeriod[];
  runOutDate: string | null;
  daysOfCover: number | null;
}

/**
 * Day numbers of dates, remembered: a plan projects every SKU-location over the same few bucket and
 * arrival dates, and parsing them again per SKU cost seconds at 100,000 SKU-locations.
 */
const parsedDays = new Map<string, number>();
function bucketDay(iso: string): number {
  let day = parsedDays.get(iso);
  if (day === undefined) {
    if (parsedDays.size >= 4096) parsedDays.clear();
    parsedDays.set(iso, (day = dayFromIso(iso)));
  }
  return day;
}

export function projectStock(
  position: Pick<InventoryPosition, 'onHand' | 'arrivals'>,
  mean: ArrayLike<number>,
  bucketDates: readonly string[],
  bucketDays: number,
  planDate: string,
): Projection {
  const planDay = dayFromIso(planDate);
  const arrivalsByDay = new Map<number, number>();
  for (const a of position.arrivals) {
    const day = bucketDay(a.date);
    arrivalsByDay.set(day, (arrivalsByDay.get(day) ?? 0) + a.quantity);
  }
  // Arrivals due on the plan date itself are on hand for the first day.
  let stock = position.onHand + (arrivalsByDay.get(planDay) ?? 0);
  let runOutDay: number | null = stock <= 0 && (mean[0] ?? 0) > 0 ? planDay : null;
  const periods: ProjectedPeriod[] = [];
  let day = planDay + 1;
  for (let t = 0; t < bucketDates.length; t++) {
    const end = bucketDay(bucketDates[t] as string);
    const rate = (mean[t] as number) / bucketDays;
    let demand = 0;
    let arrived = 0;
    for (; day <= end; day++) {
      const inbound = arrivalsByDay.get(day) ?? 0;
      arrived += inbound;
      stock += inbound - rate;
      demand += rate;
      if (stock <= 0) {
        if (runOutDay === null && rate > 0) runOutDay = day;
        stock = 0; // Unmet demand is lost, not carried as a backorder.
      }
    }
    if (end > planDay) periods.push({ date: bucketDates[t] as string, demand, arrivals: arrived, stock });
  }
  return {
    periods,
    runOutDate: runOutDay === null ? null : isoFromDay(runOutDay),
    daysOfCover: runOutDay === null ? null : runOutDay - planDay,
  };
}
