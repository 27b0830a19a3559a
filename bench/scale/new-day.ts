/** One day of platform sales as the daily export CSV, for benches that import new days and refresh. */
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { dayFromIso, isoFromDay } from '../../src/core/ground/calendar';

export const DAILY_HEADERS = ['日期', '商品编码', '仓库', '销量', '销售额'];
export const DAILY_MAPPING = { columns: { date: '日期', sku: '商品编码', location: '仓库', units: '销量', revenue: '销售额' } };

/** One day of sales for every SKU-location that sold in the last 90 days, around its recent daily rate. */
export function writeNewDay(db: Database.Database, file: string, seed: number): { day: string; rows: number } {
  const last = db.prepare('SELECT max(date) FROM sales_daily').pluck().get() as string;
  const day = isoFromDay(dayFromIso(last) + 1);
  const rows = db
    .prepare(
      `SELECT p.sku, l.code, sum(CASE WHEN s.date > date(?, '-28 days') THEN s.units ELSE 0 END) / 28.0 AS rate,
              coalesce(p.price, 0) AS price
         FROM sales_daily s JOIN products p ON p.id = s.product_id JOIN locations l ON l.id = s.location_id
        WHERE s.date > date(?, '-90 days')
        GROUP BY s.product_id, s.location_id ORDER BY p.sku, l.code`,
    )
    .raw()
    .all(last, last) as [string, string, number, number][];
  let state = (seed + dayFromIso(day)) >>> 0;
  const random = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
  const lines = [DAILY_HEADERS.join(',')];
  for (const [sku, location, rate, price] of rows) {
    // Poisson draw around the recent rate: most slow movers sell 0 or 1 on a given day.
    let units = 0;
    for (let p = Math.exp(-rate), u = random(), cumulative = p; u > cumulative && units < 10_000; ) {
      units++;
      p *= rate / units;
      cumulative += p;
    }
    lines.push(`${day},${sku},${location},${units},${(units * price).toFixed(2)}`);
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return { day, rows: rows.length };
}
