/**
 * The online shop's order lines with customer accounts over the last year, so recommendations
 * have baskets to learn from on first start. Each customer has a home warehouse, a favourite brand
 * and a few staples they rebuy on their own cycle; baskets add items of the same brand and style
 * (which makes bought-together pairs) and now and then something popular; some orders are guests'.
 * Written as one import of kind 'order-lines' labelled as the demo's, so undo and re-import behave.
 */

import type Database from 'better-sqlite3';
import type { Rng } from '../ground/random';
import type { DemoCalendar } from './calendar';
import type { Product } from './catalog';
import { DEMO_LOCATIONS } from './catalog-writer';

/** Days of order lines before the demo's today. */
const ORDER_DAYS = 365;
const GUEST_SHARE = 0.15;

export function writeCustomerOrders(db: Database.Database, calendar: DemoCalendar, products: readonly Product[], rng: Rng): number {
  const firstIndex = calendar.days - ORDER_DAYS;
  const sellable = products.filter((p) => p.launchDay < calendar.days && p.discontinueDay > firstIndex);
  if (sellable.length === 0) return 0;
  const byBrand = new Map<number, Product[]>();
  for (const p of sellable) {
    const list = byBrand.get(p.brand.index);
    if (list) list.push(p);
    else byBrand.set(p.brand.index, [p]);
  }
  const brands = [...byBrand.keys()];
  const popular = cumulativePicker(sellable.map((p) => p.variantWeight));
  const customers = Math.min(5000, Math.max(300, sellable.length * 4));
  const importId = Number(
    db
      .prepare(
        `INSERT INTO import_log (kind, file_name, started_at, finished_at, status, rows_read, rows_stored, details)
         VALUES ('order-lines', 'demo online shop orders', ?, ?, 'done', 0, 0, '{"demo":true}')`,
      )
      .run(`${calendar.asOf}T00:00:00.000Z`, `${calendar.asOf}T00:00:00.000Z`).lastInsertRowid,
  );
  const insert = db.prepare(
    `INSERT INTO order_lines (import_id, order_id, product_id, location_id, ordered_at, date, quantity, unit_price, revenue, customer_id, country)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CN')`,
  );
  let orderNo = 0;
  let lines = 0;
  const available = (p: Product, day: number) => p.launchDay <= day && p.discontinueDay > day;
  const writeOrder = (customerId: string | null, day: number, location: number, basket: Set<Product>) => {
    orderNo++;
    const date = calendar.dates[day]!;
    for (const p of basket) {
      const qty = rng.chance(0.8) ? 1 : rng.int(2, 3);
      insert.run(importId, `SO${String(orderNo).padStart(7, '0')}`, p.id, location, `${date} ${String(rng.int(8, 22)).padStart(2, '0')}:00`, date, qty, p.price, qty * p.price, customerId);
      lines++;
    }
  };
  for (let c = 1; c <= customers; c++) {
    const id = `CU${String(c).padStart(5, '0')}`;
    const location = DEMO_LOCATIONS[rng.chance(0.55) ? 0 : 1]!.id;
    const own = byBrand.get(brands[rng.int(0, brands.length - 1)]!)!;
    const staples = Array.from({ length: rng.int(1, 3) }, () => own[rng.int(0, own.length - 1)]!);
    // Loyal customers order every 2–4 weeks, occasional ones every 2–4 months.
    const gap = rng.chance(0.4) ? rng.int(14, 30) : rng.int(45, 120);
    for (let day = firstIndex + rng.int(0, gap); day < calendar.days; day += Math.max(3, Math.round(gap * (0.6 + 0.8 * rng.next())))) {
      const basket = new Set<Product>();
      for (const s of staples) if (available(s, day) && rng.chance(0.55)) basket.add(s);
      const extras = rng.int(basket.size === 0 ? 1 : 0, 2);
      for (let k = 0; k < extras; k++) {
        const pick = rng.chance(0.7) ? own[rng.int(0, own.length - 1)]! : sellable[popular(rng.next())]!;
        if (available(pick, day)) basket.add(pick);
      }
      // Items of one style go together (a top with its matching variant).
      for (const p of [...basket]) {
        if (!rng.chance(0.3)) continue;
        const mate = own.find((o) => o.styleId === p.styleId && o !== p && available(o, day));
        if (mate) basket.add(mate);
      }
      if (basket.size > 0) writeOrder(id, day, location, basket);
    }
  }
  const guestOrders = Math.round((orderNo * GUEST_SHARE) / (1 - GUEST_SHARE));
  for (let g = 0; g < guestOrders; g++) {
    const day = firstIndex + rng.int(0, ORDER_DAYS - 1);
    const pick = sellable[popular(rng.next())]!;
    if (available(pick, day)) writeOrder(null, day, DEMO_LOCATIONS[rng.int(0, 1)]!.id, new Set([pick]));
  }
  db.prepare('UPDATE import_log SET rows_read = ?, rows_stored = ? WHERE id = ?').run(lines, lines, importId);
  return lines;
}

/**
 * Picks an index with probability proportional to its weight from one uniform draw, by binary
 * search over the running totals: a pick costs log n, not n, so 50,000 SKUs stay cheap.
 */
export function cumulativePicker(weights: readonly number[]): (uniform: number) => number {
  const totals = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i++) totals[i] = total += weights[i] ?? 0;
  return (uniform) => {
    const target = uniform * total;
    let lo = 0;
    let hi = totals.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (totals[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
