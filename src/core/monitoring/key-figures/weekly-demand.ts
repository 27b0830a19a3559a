import type Database from 'better-sqlite3';
import { isoFromDay } from '../../series/calendar';
import { PERIOD_WEEKS, weekOfDateSql, type WeekGrid } from './week-grid';

/** Weeks read before the trend's first week, so a four-week average exists for every point. */
export const LEAD_WEEKS = PERIOD_WEEKS - 1;

export interface WeekDemand {
  soldUnits: number;
  /** Units sold × the catalogue's unit cost. */
  soldValue: number;
  /** Estimated units not sold because the SKU was out of stock (see lostDemandRule). */
  lostUnits: number;
  lostValue: number;
}

/**
 * How demand lost to stock-outs is estimated: each day a SKU-location is recorded out of stock
 * counts as one day of its average daily sales on the days it was in stock within the window read
 * (the trend's 12 weeks and the 3 before). A SKU out of stock the whole window has no such
 * average: its loss is not guessed (it counts as zero).
 */
export const lostDemandRule = 'stock-out days × average daily sales on in-stock days';

/**
 * Units sold and lost per week for weeks −3 … 11 of the grid (index 0 = week −3), all SKUs summed.
 * One scan of the window's sales rows; the per-SKU in-stock rate is a window function, so only the
 * fifteen weekly totals cross into JavaScript.
 */
export function weeklyDemand(db: Database.Database, grid: WeekGrid): WeekDemand[] {
  const weeks = grid.lastWeek + 1 + LEAD_WEEKS;
  const windowDays = weeks * 7;
  const fromDay = grid.endDay(-LEAD_WEEKS) - 7;
  const rows = db
    .prepare(
      `SELECT w.week AS week, sum(w.units) AS soldUnits, sum(w.units * c.cost) AS soldValue,
              sum(w.outDays * w.rate) AS lostUnits, sum(w.outDays * w.rate * c.cost) AS lostValue
         FROM (SELECT product_id, week, sum(units) AS units, sum(stockout) AS outDays,
                      CASE WHEN @days - sum(sum(stockout)) OVER key > 0
                           THEN sum(sum(units)) OVER key * 1.0 / (@days - sum(sum(stockout)) OVER key) ELSE 0 END AS rate
                 FROM (SELECT product_id, location_id, units, stockout, ${weekOfDateSql('date')} AS week
                         FROM sales_daily WHERE date > @from AND date <= @today)
                GROUP BY product_id, location_id, week
               WINDOW key AS (PARTITION BY product_id, location_id)) w
         JOIN (SELECT id, COALESCE(unit_cost, 0) AS cost FROM products) c ON c.id = w.product_id
        GROUP BY w.week`,
    )
    .all({ from: isoFromDay(fromDay), today: grid.today, days: windowDays, firstEnd: grid.firstEndDay }) as (WeekDemand & { week: number })[];
  const out: WeekDemand[] = Array.from({ length: weeks }, () => ({ soldUnits: 0, soldValue: 0, lostUnits: 0, lostValue: 0 }));
  for (const row of rows) {
    const slot = out[row.week + LEAD_WEEKS];
    if (slot) Object.assign(slot, { soldUnits: row.soldUnits, soldValue: row.soldValue, lostUnits: row.lostUnits, lostValue: row.lostValue });
  }
  return out;
}

/** The demand of week k of the grid (k from −3). */
export function demandOfWeek(demand: readonly WeekDemand[], k: number): WeekDemand {
  return demand[k + LEAD_WEEKS] ?? { soldUnits: 0, soldValue: 0, lostUnits: 0, lostValue: 0 };
}
