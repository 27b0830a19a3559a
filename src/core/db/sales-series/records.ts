/** Flag bits of a day's sales row (the `promo + 2 * stockout` of sales_daily). */
export const PROMO_FLAG = 1;
export const STOCKOUT_FLAG = 2;

/** One SKU-location's rows: days with sales or a stock-out (a missing day = zero sales, in stock). */
export interface DailyRecords {
  productId: number;
  locationId: number;
  length: number;
  days: Int32Array;
  units: Float64Array;
  /** PROMO_FLAG | STOCKOUT_FLAG bits. */
  flags: Uint8Array;
  /** The rows' revenue: filled only by the readers that say so (the store's build and refresh, a run's prices). */
  revenue: Float64Array;
  firstDay: number;
  /** Decoded from the store: the index of the first row among the series' stored rows (0 otherwise). */
  firstRow: number;
}

export function allocateRecords(capacity: number): DailyRecords {
  return {
    productId: 0,
    locationId: 0,
    length: 0,
    days: new Int32Array(capacity),
    units: new Float64Array(capacity),
    flags: new Uint8Array(capacity),
    revenue: new Float64Array(capacity),
    firstDay: 0,
    firstRow: 0,
  };
}

/** The same records with room for at least `count` (the old ones when they fit: reused, not copied). */
export function withCapacity(records: DailyRecords, count: number): DailyRecords {
  if (count <= records.days.length) return records;
  return allocateRecords(Math.max(count, records.days.length * 2));
}
