import { LEAD_WEEKS, type SkuWeeks } from './sku-weeks';
import type { WeekGrid } from './week-grid';

export { LEAD_WEEKS };

export interface WeekDemand {
  soldUnits: number;
  /** Units sold × the catalogue's unit cost. */
  soldValue: number;
  /** Estimated units not sold because the SKU was out of stock (see weeklyDemand). */
  lostUnits: number;
  lostValue: number;
}

/**
 * How demand lost to stock-outs is estimated: each day a SKU-location is recorded out of stock
 * counts as one day of its average daily sales on the days it was in stock within the window read
 * (the trend's 12 weeks and the 3 before). A SKU out of stock the whole window has no such
 * average: its loss is not guessed (it counts as zero).
 *
 * Returns units sold and lost per week for weeks −3 … 11 of the grid (index 0 = week −3), all SKUs summed.
 */
export function weeklyDemand(grid: WeekGrid, skus: readonly SkuWeeks[]): WeekDemand[] {
  const weeks = grid.lastWeek + 1 + LEAD_WEEKS;
  const windowDays = weeks * 7;
  const out: WeekDemand[] = Array.from({ length: weeks }, () => ({ soldUnits: 0, soldValue: 0, lostUnits: 0, lostValue: 0 }));
  for (const sku of skus) {
    let sold = 0;
    let daysOut = 0;
    for (let i = 0; i < weeks; i++) {
      sold += sku.units[i] as number;
      daysOut += sku.outDays[i] as number;
    }
    const inStockDays = windowDays - daysOut;
    const dailyRate = inStockDays > 0 ? sold / inStockDays : 0;
    for (let i = 0; i < weeks; i++) {
      const week = out[i]!;
      const units = sku.units[i] as number;
      const lost = (sku.outDays[i] as number) * dailyRate;
      week.soldUnits += units;
      week.soldValue += units * sku.cost;
      week.lostUnits += lost;
      week.lostValue += lost * sku.cost;
    }
  }
  return out;
}

/** The demand of week k of the grid (k from −3). */
export function demandOfWeek(demand: readonly WeekDemand[], k: number): WeekDemand {
  return demand[k + LEAD_WEEKS] ?? { soldUnits: 0, soldValue: 0, lostUnits: 0, lostValue: 0 };
}
