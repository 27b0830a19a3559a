import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace, type Workspace } from '../db/workspace';
import { generateDemo } from './generate-demo';

const AS_OF = '2025-06-30';
const SKUS = 240;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-real-'));
let workspace: Workspace;

beforeAll(() => {
  workspace = createWorkspace(path.join(dir, 'demo.sdk'), { name: 'Realism', kind: 'demo', bulk: true });
  generateDemo(workspace.db, { skus: SKUS, seed: 2024, asOf: AS_OF }, { progress: () => {}, throwIfCancelled: () => {}, isCancelled: () => false });
});
afterAll(() => {
  workspace.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const all = <T>(sql: string, ...params: unknown[]): T[] => workspace.db.prepare(sql).all(...params) as T[];
const one = <T>(sql: string, ...params: unknown[]): T => workspace.db.prepare(sql).get(...params) as T;
const count = (sql: string, ...params: unknown[]): number => workspace.db.prepare(sql).pluck().get(...params) as number;
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]): number => {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const daysBetween = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 86_400_000;

describe('demo catalogue', () => {
  it('has several brands and categories, with readable bilingual names', () => {
    expect(count('SELECT count(DISTINCT brand) FROM products')).toBeGreaterThanOrEqual(3);
    expect(count('SELECT count(DISTINCT category) FROM products')).toBeGreaterThanOrEqual(4);
    expect(count("SELECT count(*) FROM products WHERE name GLOB '*[A-Za-z]*' AND unicode(substr(name, instr(name, ' ') + 1)) > 0")).toBe(SKUS);
    expect(count('SELECT count(*) FROM products WHERE NOT (price > unit_cost AND unit_cost > 0)')).toBe(0);
    expect(count("SELECT count(*) FROM products WHERE json_extract(attributes, '$.material') IS NULL")).toBe(0);
  });

  it('gives every product a plausible packed volume and weight, and some overseas suppliers a container', () => {
    expect(count('SELECT count(*) FROM products WHERE unit_volume_m3 > 0 AND unit_volume_m3 < 0.05 AND unit_weight_kg > 0 AND unit_weight_kg < 5')).toBe(SKUS);
    // A down jacket takes more room than a lip tint.
    const volumeOf = (code: string) => one<{ v: number }>("SELECT avg(unit_volume_m3) AS v FROM products WHERE sku GLOB ?", `*-${code}*`).v;
    expect(volumeOf('DWN')).toBeGreaterThan(20 * volumeOf('LIP'));
    const boxed = all<{ country: string; max: number | null }>('SELECT country, max_containers AS max FROM suppliers WHERE container_volume_m3 IS NOT NULL');
    expect(boxed.length).toBeGreaterThan(0);
    expect(boxed.every((s) => s.country !== 'CN')).toBe(true);
    expect(boxed.some((s) => s.max !== null)).toBe(true);
    expect(count("SELECT count(*) FROM suppliers WHERE country = 'CN' AND container_volume_m3 IS NULL")).toBeGreaterThan(0);
  });

  it('has a brand launched in the last 90 days with under 8 weeks of sales', () => {
    const brands = all<{ brand: string; statuses: string; launched: string; firstSale: string | null }>(
      `SELECT brand, group_concat(DISTINCT status) AS statuses, min(launch_date) AS launched,
              (SELECT min(date) FROM sales_daily s JOIN products q ON q.id = s.product_id WHERE q.brand = p.brand) AS firstSale
       FROM products p GROUP BY brand`,
    );
    const fresh = brands.filter((b) => b.statuses === 'new');
    expect(fresh.length).toBeGreaterThanOrEqual(1);
    for (const b of fresh) {
      expect(daysBetween(b.launched, AS_OF)).toBeLessThanOrEqual(90);
      expect(b.firstSale).not.toBeNull();
      expect(daysBetween(b.firstSale as string, AS_OF) + 1).toBeLessThan(56);
    }
    expect(brands.filter((b) => daysBetween(b.launched, AS_OF) > 365).length).toBeGreaterThanOrEqual(2);
  });
});

describe('demo suppliers', () => {
  interface LineFacts { supplier: number; country: string; ordered: string; promised: string; firstReceipt: string; firstQty: number; qty: number }
  let lines: LineFacts[];
  beforeAll(() => {
    lines = all<LineFacts>(
      `SELECT po.supplier_id AS supplier, s.country, po.order_date AS ordered, l.promised_date AS promised,
              r.receipt_date AS firstReceipt, r.qty_received AS firstQty, l.qty_ordered AS qty
       FROM po_lines l JOIN purchase_orders po ON po.id = l.po_id JOIN suppliers s ON s.id = po.supplier_id
       JOIN receipts r ON r.id = (SELECT min(id) FROM receipts WHERE po_line_id = l.id)`,
    );
  });

  it('mixes short domestic and long overseas lead times', () => {
    const suppliers = all<{ country: string; lead: number }>('SELECT country, default_lead_time_days AS lead FROM suppliers');
    expect(suppliers.length).toBeGreaterThanOrEqual(6);
    expect(new Set(suppliers.filter((s) => s.country !== 'CN').map((s) => s.country)).size).toBeGreaterThanOrEqual(2);
    for (const s of suppliers) {
      if (s.country === 'CN') expect(s.lead).toBeLessThanOrEqual(10);
      else expect(s.lead).toBeGreaterThanOrEqual(30);
    }
    expect(count('SELECT count(*) FROM suppliers WHERE min_order_value > 0')).toBeGreaterThan(0);
  });

  it('delivers overseas later and less predictably than at home', () => {
    const domestic = lines.filter((l) => l.country === 'CN');
    const overseas = lines.filter((l) => l.country !== 'CN');
    const leadTime = (l: LineFacts): number => daysBetween(l.ordered, l.firstReceipt);
    const lateness = (l: LineFacts): number => daysBetween(l.promised, l.firstReceipt);
    expect(mean(overseas.map(leadTime))).toBeGreaterThan(3 * mean(domestic.map(leadTime)));
    expect(sd(overseas.map(lateness))).toBeGreaterThan(sd(domestic.map(lateness)));
  });

  it('has one supplier that is late and ships short far more often than the rest', () => {
    const bySupplier = new Map<number, LineFacts[]>();
    for (const l of lines) bySupplier.set(l.supplier, [...(bySupplier.get(l.supplier) ?? []), l]);
    const stats = [...bySupplier.values()].map((ls) => ({
      domestic: ls[0]?.country === 'CN',
      late: mean(ls.map((l) => (l.firstReceipt > l.promised ? 1 : 0))),
      short: mean(ls.map((l) => (l.firstQty < l.qty ? 1 : 0))),
    }));
    // Overseas suppliers are often a few days either side of a long promise; the unreliable one
    // breaks short promises and ships short.
    const worst = stats.reduce((a, b) => (b.short > a.short ? b : a));
    expect(worst.late).toBeGreaterThan(0.4);
    expect(worst.short).toBeGreaterThan(0.2);
    expect(median(stats.filter((s) => s.domestic).map((s) => s.late))).toBeLessThan(worst.late / 2);
    expect(median(stats.map((s) => s.short))).toBeLessThan(worst.short / 3);
    expect(count('SELECT count(*) FROM receipts WHERE qty_rejected > 0')).toBeGreaterThan(0);
  });

  it('gives SKUs terms with case packs, and some a second supplier', () => {
    expect(count('SELECT count(*) FROM products WHERE id NOT IN (SELECT product_id FROM supplier_terms WHERE is_primary = 1)')).toBe(0);
    expect(count('SELECT count(*) FROM supplier_terms WHERE is_primary = 0')).toBeGreaterThan(0);
    expect(count('SELECT count(*) FROM supplier_terms WHERE moq < order_multiple OR moq % order_multiple <> 0')).toBe(0);
    expect(count('SELECT count(DISTINCT order_multiple) FROM supplier_terms')).toBeGreaterThanOrEqual(4);
  });
});

describe('demo purchase orders', () => {
  it('has open POs at asOf, some overdue, and nothing received after asOf', () => {
    expect(count("SELECT count(*) FROM purchase_orders WHERE status = 'open'")).toBeGreaterThan(0);
    expect(count("SELECT count(*) FROM purchase_orders WHERE status IN ('open', 'partial') AND promised_date < ?", AS_OF)).toBeGreaterThan(0);
    expect(count("SELECT count(*) FROM po_lines l JOIN receipts r ON r.po_line_id = l.id WHERE l.status = 'open'")).toBe(0);
    expect(count('SELECT count(*) FROM receipts WHERE receipt_date > ?', AS_OF)).toBe(0);
    expect(count('SELECT count(*) FROM purchase_orders WHERE order_date > ? OR promised_date < order_date', AS_OF)).toBe(0);
    expect(count("SELECT count(*) FROM purchase_orders WHERE po_number NOT GLOB 'PO-[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9]'")).toBe(0);
    expect(count('SELECT count(*) FROM purchase_orders WHERE substr(po_number, 4, 4) <> substr(order_date, 1, 4)')).toBe(0);
  });
});

describe('demo sales history', () => {
  it('writes a row only for a sale or a stock-out, and stock-out rows sell nothing', () => {
    expect(count('SELECT count(*) FROM sales_daily WHERE units = 0 AND stockout = 0')).toBe(0);
    expect(count('SELECT count(*) FROM sales_daily WHERE stockout = 1')).toBeGreaterThan(0);
    expect(count('SELECT count(*) FROM sales_daily WHERE stockout = 1 AND (units <> 0 OR revenue <> 0 OR orders <> 0)')).toBe(0);
    expect(count('SELECT count(*) FROM sales_daily WHERE units > 0 AND (orders < 1 OR orders > units)')).toBe(0);
  });

  it('covers two years up to asOf and never sells before launch', () => {
    const range = one<{ first: string; last: string }>('SELECT min(date) AS first, max(date) AS last FROM sales_daily');
    expect(range.last).toBe(AS_OF);
    expect(daysBetween(range.first, AS_OF)).toBe(729);
    expect(count('SELECT count(*) FROM sales_daily s JOIN products p ON p.id = s.product_id WHERE s.date < p.launch_date')).toBe(0);
  });

  it('sells at no more than list price, less on promotion days', () => {
    expect(count('SELECT count(*) FROM sales_daily s JOIN products p ON p.id = s.product_id WHERE s.revenue > s.units * p.price + 0.01')).toBe(0);
    const ratio = (promo: number): number =>
      count('SELECT avg(s.revenue / (s.units * p.price)) FROM sales_daily s JOIN products p ON p.id = s.product_id WHERE s.units > 0 AND s.promo = ?', promo);
    expect(ratio(1)).toBeLessThan(ratio(0) - 0.05);
  });

  it('flags promo days only inside a promotion that applies to the product', () => {
    const outside = count(
      `SELECT count(*) FROM sales_daily s JOIN products p ON p.id = s.product_id WHERE s.promo = 1 AND NOT EXISTS (
         SELECT 1 FROM promotions m WHERE s.date BETWEEN m.start_date AND m.end_date
           AND (m.brand IS NULL OR m.brand = p.brand) AND (m.category IS NULL OR m.category = p.category))`,
    );
    expect(outside).toBe(0);
    expect(count('SELECT count(*) FROM promotions WHERE end_date > ?', AS_OF)).toBeGreaterThan(0);
  });

  it('shows a weekend lift and festival peaks', () => {
    const byWeekday = new Map(all<{ dow: string; units: number }>("SELECT strftime('%w', date) AS dow, sum(units) AS units FROM sales_daily GROUP BY 1").map((r) => [r.dow, r.units]));
    const weekend = mean(['0', '6'].map((d) => byWeekday.get(d) ?? 0));
    const midweek = mean(['1', '2', '3', '4'].map((d) => byWeekday.get(d) ?? 0));
    expect(weekend / midweek).toBeGreaterThan(1.1);
    const dayUnits = (date: string): number => count('SELECT coalesce(sum(units), 0) FROM sales_daily WHERE date = ?', date);
    const october = mean(['2024-10-08', '2024-10-09', '2024-10-10', '2024-10-15', '2024-10-16', '2024-10-17'].map(dayUnits));
    expect(dayUnits('2024-11-11')).toBeGreaterThan(2 * october);
  });

  it('has a long tail of slow, intermittent sellers and some fast ones', () => {
    const rates = all<{ rate: number; share: number }>(
      `SELECT sum(units) / 365.0 AS rate, count(*) / 365.0 AS share FROM sales_daily s JOIN products p ON p.id = s.product_id
       WHERE p.launch_date < '2024-01-01' AND p.status = 'active' AND s.date > date(?, '-365 days') GROUP BY s.product_id, s.location_id`,
      AS_OF,
    );
    expect(rates.filter((r) => r.share < 0.5).length / rates.length).toBeGreaterThan(0.2);
    expect(rates.filter((r) => r.rate >= 3).length).toBeGreaterThan(0);
    expect(median(rates.map((r) => r.rate))).toBeGreaterThan(0.1);
    expect(median(rates.map((r) => r.rate))).toBeLessThan(10);
  });
});

describe('demo stock', () => {
  it('snapshots every Sunday and on asOf, never negative', () => {
    expect(count("SELECT count(*) FROM stock_snapshots WHERE strftime('%w', date) <> '0' AND date <> ?", AS_OF)).toBe(0);
    expect(count('SELECT count(*) FROM stock_snapshots WHERE on_hand < 0')).toBe(0);
    expect(count('SELECT count(DISTINCT product_id) FROM stock_snapshots WHERE date = ?', AS_OF)).toBeGreaterThan(SKUS * 0.8);
  });

  it('moves stock only by receipts and sales between snapshots', () => {
    const mismatches = count(
      `WITH pairs AS (
         SELECT product_id, location_id, date, on_hand,
                lag(date) OVER w AS prev_date, lag(on_hand) OVER w AS prev_on_hand
         FROM stock_snapshots WINDOW w AS (PARTITION BY product_id, location_id ORDER BY date))
       SELECT count(*) FROM pairs p WHERE prev_date IS NOT NULL AND abs(
         p.prev_on_hand
         + coalesce((SELECT sum(qty_received - qty_rejected) FROM receipts r WHERE r.product_id = p.product_id
                      AND r.location_id = p.location_id AND r.receipt_date > p.prev_date AND r.receipt_date <= p.date), 0)
         - coalesce((SELECT sum(units) FROM sales_daily s WHERE s.product_id = p.product_id
                      AND s.location_id = p.location_id AND s.date > p.prev_date AND s.date <= p.date), 0)
         - p.on_hand) > 1e-9`,
    );
    expect(mismatches).toBe(0);
  });

  it('runs out of stock now and then, more for some SKUs than others', () => {
    const stockoutShare = count('SELECT avg(stockout) FROM sales_daily');
    expect(stockoutShare).toBeGreaterThan(0.005);
    expect(stockoutShare).toBeLessThan(0.2);
    expect(count('SELECT count(*) FROM (SELECT product_id FROM sales_daily GROUP BY product_id, location_id HAVING sum(stockout) >= 14)')).toBeGreaterThan(0);
  });
});
