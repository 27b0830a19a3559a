/**
 * Projected stock from the plan date: on hand, less the forecast mean spread evenly over each
 * bucket's days, plus open PO arrivals on their expected dates. Gives stock at the end of each
 * forecast bucket, the first day it runs out, and days of cover (days until then; null when it
 * lasts the whole horizon). Projection uses the mean: it is the expected path, not a worst case.
 */

import { dayOfIso, isoOfDay } from './day-text';
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

export function projectStock(
  position: Pick<InventoryPosition, 'onHand' | 'arrivals'>,
  mean: ArrayLike<number>,
  bucketDates: readonly string[],
  bucketDays: number,
  planDate: string,
): Projection {
  const periods: ProjectedPeriod[] = [];
  return { periods, ...walk(position, mean, bucketDates, bucketDays, planDate, periods) };
}

/** Only when the stock runs out (what a plan line keeps): the walk stops on the day it does. */
export function projectRunOut(
  position: Pick<InventoryPosition, 'onHand' | 'arrivals'>,
  mean: ArrayLike<number>,
  bucketDates: readonly string[],
  bucketDays: number,
  planDate: string,
): Omit<Projection, 'periods'> {
  return walk(position, mean, bucketDates, bucketDays, planDate, null);
}

/** Day by day through the buckets; with no `periods` to fill, stops at the first run-out. */
function walk(
  position: Pick<InventoryPosition, 'onHand' | 'arrivals'>,
  mean: ArrayLike<number>,
  bucketDates: readonly string[],
  bucketDays: number,
  planDate: string,
  periods: ProjectedPeriod[] | null,
): Omit<Projection, 'periods'> {
  const planDay = dayOfIso(planDate);
  const arrivalsByDay = new Map<number, number>();
  for (const a of position.arrivals) {
    const day = dayOfIso(a.date);
    arrivalsByDay.set(day, (arrivalsByDay.get(day) ?? 0) + a.quantity);
  }
  const anyArrivals = arrivalsByDay.size > 0;
  // Arrivals due on the plan date itself are on hand for the first day.
  let stock = position.onHand + (arrivalsByDay.get(planDay) ?? 0);
  let runOutDay: number | null = stock <= 0 && (mean[0] ?? 0) > 0 ? planDay : null;
  let day = planDay + 1;
  for (let t = 0; t < bucketDates.length && (periods !== null || runOutDay === null); t++) {
    const end = dayOfIso(bucketDates[t] as string);
    const rate = (mean[t] as number) / bucketDays;
    let demand = 0;
    let arrived = 0;
    for (; day <= end; day++) {
      const inbound = anyArrivals ? (arrivalsByDay.get(day) ?? 0) : 0;
      arrived += inbound;
      stock += inbound - rate;
      demand += rate;
      if (stock <= 0) {
        if (runOutDay === null && rate > 0) {
          runOutDay = day;
          if (periods === null) break;
        }
        stock = 0; // Unmet demand is lost, not carried as a backorder.
      }
    }
    if (periods !== null && end > planDay) periods.push({ date: bucketDates[t] as string, demand, arrivals: arrived, stock });
  }
  return {
    runOutDate: runOutDay === null ? null : isoOfDay(runOutDay),
    daysOfCover: runOutDay === null ? null : runOutDay - planDay,
  };
}

