import type Database from 'better-sqlite3';
import { encodeSeries } from '../db/sales-series/codec';
import { encodeRevenue } from '../db/sales-series/revenue-codec';
import { PROMO_FLAG, STOCKOUT_FLAG } from '../db/sales-series/records';

/**
 * Builds the series store (db/sales-series) while the simulation writes sales_daily: the rows
 * arrive in key order, one SKU-location after another, so each series is encoded once its last
 * row is in — the same BLOB the store's own build would make from sales_daily, without reading
 * tens of millions of rows back.
 */
export class SeriesCollector {
  private readonly insert: Database.Statement;
  private readonly days: Int32Array;
  private readonly units: Float64Array;
  private readonly flags: Uint8Array;
  private readonly revenue: Float64Array;
  private productId = 0;
  private locationId = 0;
  private count = 0;
  series = 0;

  /** `maxRows`: the most rows one SKU-location can have (the history's days). */
  constructor(db: Database.Database, private readonly firstEpochDay: number, maxRows: number) {
    this.insert = db.prepare('INSERT INTO sales_series (product_id, location_id, first_day, last_day, rows, layout, data, revenue) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    this.days = new Int32Array(maxRows);
    this.units = new Float64Array(maxRows);
    this.flags = new Uint8Array(maxRows);
    this.revenue = new Float64Array(maxRows);
  }

  /** One sales_daily row; `day` is the demo's day index. */
  add(productId: number, locationId: number, day: number, units: number, revenue: number, promo: number, stockout: number): void {
    if (productId !== this.productId || locationId !== this.locationId) {
      this.finish();
      this.productId = productId;
      this.locationId = locationId;
    }
    const k = this.count++;
    this.days[k] = this.firstEpochDay + day;
    this.units[k] = units;
    this.flags[k] = (promo ? PROMO_FLAG : 0) | (stockout ? STOCKOUT_FLAG : 0);
    this.revenue[k] = revenue;
  }

  /** Writes the open series, if any; call before committing. */
  finish(): void {
    if (this.count === 0) return;
    const e = encodeSeries(this.days, this.units, this.flags, this.count);
    this.insert.run(this.productId, this.locationId, e.firstDay, e.lastDay, e.rows, e.layout, e.data, encodeRevenue(this.revenue, this.count));
    this.series++;
    this.count = 0;
  }
}
