import type Database from 'better-sqlite3';
import { createRng, type Rng } from '../../ground/random';
import { BatchInsert } from '../../demo/writer';
import { dayFromIso, isoFromDay } from '../../ground/calendar';

/**
 * Bench and test support: a large, plain purchasing history written fast. Each supplier has its
 * own lateness, shortfall and rejection odds, so scorecards have something to tell apart; each SKU
 * gets one weekly sales row so collaboration packs can forecast.
 */
export interface SyntheticOptions {
  suppliers: number;
  lines: number;
  asOf: string;
  seed?: number;
  skusPerSupplier?: number;
  linesPerPo?: number;
  salesWeeks?: number;
  /** Only the SKUs of the first N suppliers get sales (sales are slow to write and only packs read them). */
  salesSuppliers?: number;
}

export interface SyntheticCounts {
  suppliers: number;
  products: number;
  purchaseOrders: number;
  poLines: number;
  receipts: number;
  salesRows: number;
}

interface Behaviour {
  leadDays: number;
  lateOdds: number;
  shortOdds: number;
  rejectOdds: number;
}

const HISTORY_DAYS = 730;

export function synthesiseSupplierHistory(db: Database.Database, options: SyntheticOptions): SyntheticCounts {
  const rng = createRng(options.seed ?? 1);
  const skusPerSupplier = options.skusPerSupplier ?? 8;
  const asOfDay = dayFromIso(options.asOf);
  const behaviours: Behaviour[] = [];
  const costs = new Float64Array(options.suppliers * skusPerSupplier + 1);
  let counts: SyntheticCounts | null = null;
  db.transaction(() => {
    // Batches of POs, lines and receipts flush at different times: check references at commit.
    db.pragma('defer_foreign_keys = ON');
    db.prepare("INSERT INTO locations (id, code, name) VALUES (1, 'WH1', 'Main warehouse')").run();
    const suppliers = db.prepare('INSERT INTO suppliers (id, code, name, country, default_lead_time_days) VALUES (?, ?, ?, ?, ?)');
    const products = db.prepare('INSERT INTO products (id, sku, name, category, unit_cost, price) VALUES (?, ?, ?, ?, ?, ?)');
    const terms = db.prepare(
      'INSERT INTO supplier_terms (supplier_id, product_id, unit_cost, lead_time_days, is_primary) VALUES (?, ?, ?, ?, ?)',
    );
    for (let s = 1; s <= options.suppliers; s++) {
      const overseas = rng.chance(0.3);
      const behaviour: Behaviour = {
        leadDays: overseas ? rng.int(30, 75) : rng.int(3, 12),
        lateOdds: rng.range(0.02, 0.5),
        shortOdds: rng.range(0.01, 0.3),
        rejectOdds: rng.range(0, 0.1),
      };
      behaviours.push(behaviour);
      suppliers.run(s, `SUP-${String(s).padStart(5, '0')}`, `Supplier ${s}`, overseas ? 'VN' : 'CN', behaviour.leadDays);
    }
    for (let s = 1; s <= options.suppliers; s++) {
      const leadDays = behaviours[s - 1]!.leadDays;
      for (let k = 0; k < skusPerSupplier; k++) {
        const id = (s - 1) * skusPerSupplier + k + 1;
        const cost = Math.round(rng.range(5, 200) * 100) / 100;
        costs[id] = cost;
        products.run(id, `SKU-${String(id).padStart(6, '0')}`, `Item ${id}`, `Category ${s % 4}`, cost, cost * 2);
        terms.run(s, id, cost, leadDays, 1);
        // The first SKU of each supplier also comes from the next one: recommendations have a choice.
        if (k === 0 && s < options.suppliers) terms.run(s + 1, id, Math.round(cost * 110) / 100, behaviours[s]!.leadDays, 0);
      }
    }
    const orders = writeOrders(db, rng, options, behaviours, costs, asOfDay);
    const salesProducts = Math.min(options.suppliers, options.salesSuppliers ?? options.suppliers) * skusPerSupplier;
    const salesRows = writeWeeklySales(db, rng, salesProducts, asOfDay, options.salesWeeks ?? 104);
    counts = { suppliers: options.suppliers, products: options.suppliers * skusPerSupplier, ...orders, salesRows };
  })();
  return counts!;
}

function writeOrders(
  db: Database.Database,
  rng: Rng,
  options: SyntheticOptions,
  behaviours: readonly Behaviour[],
  costs: Float64Array,
  asOfDay: number,
): Pick<SyntheticCounts, 'purchaseOrders' | 'poLines' | 'receipts'> {
  const linesPerPo = options.linesPerPo ?? 4;
  const skusPerSupplier = (costs.length - 1) / options.suppliers;
  const pos = new BatchInsert(db, 'purchase_orders (id, po_number, supplier_id, location_id, order_date, promised_date, status)', 7);
  const lines = new BatchInsert(db, 'po_lines (id, po_id, line_no, product_id, qty_ordered, unit_cost, promised_date, status)', 8);
  const receipts = new BatchInsert(db, 'receipts (po_line_id, product_id, location_id, receipt_date, qty_received, qty_rejected)', 6);
  let lineId = 0;
  let poId = 0;
  while (lineId < options.lines) {
    const supplierId = (poId % options.suppliers) + 1;
    const b = behaviours[supplierId - 1]!;
    const orderDay = asOfDay - rng.int(0, HISTORY_DAYS);
    const promisedDay = orderDay + b.leadDays;
    const late = rng.chance(b.lateOdds) ? rng.int(1, 15) : rng.int(-1, 0);
    const arrival = promisedDay + late;
    const arrived = arrival <= asOfDay;
    poId++;
    const count = Math.min(linesPerPo, options.lines - lineId);
    pos.row(poId, `PO-${String(poId).padStart(7, '0')}`, supplierId, 1, isoFromDay(orderDay), isoFromDay(promisedDay), arrived ? 'received' : 'open');
    for (let n = 1; n <= count; n++) {
      lineId++;
      const productId = (supplierId - 1) * skusPerSupplier + rng.int(1, skusPerSupplier);
      const qty = rng.int(1, 50) * 6;
      // Now and then a line is invoiced a little above the agreed price.
      const unitCost = (costs[productId] as number) * (rng.chance(0.1) ? 1.05 : 1);
      lines.row8(lineId, poId, n, productId, qty, unitCost, null, arrived ? 'received' : 'open');
      if (!arrived) continue;
      const shipped = rng.chance(b.shortOdds) ? Math.floor(qty * rng.range(0.5, 0.95)) : qty;
      const rejected = rng.chance(b.rejectOdds) ? Math.ceil(shipped * 0.05) : 0;
      receipts.row(lineId, productId, 1, isoFromDay(arrival), shipped, rejected);
      // Some shortfalls are followed by the balance a couple of weeks later.
      if (shipped < qty && rng.chance(0.5) && arrival + 14 <= asOfDay) {
        receipts.row(lineId, productId, 1, isoFromDay(arrival + 14), qty - shipped, 0);
      }
    }
  }
  pos.flush();
  lines.flush();
  receipts.flush();
  return { purchaseOrders: poId, poLines: lineId, receipts: receipts.rows };
}

function writeWeeklySales(db: Database.Database, rng: Rng, products: number, asOfDay: number, weeks: number): number {
  const sales = new BatchInsert(db, 'sales_daily (product_id, location_id, date, units, revenue)', 5);
  for (let p = 1; p <= products; p++) {
    const level = rng.range(2, 40);
    for (let w = weeks - 1; w >= 0; w--) {
      const season = 1 + 0.3 * Math.sin((2 * Math.PI * w) / 52);
      sales.row(p, 1, isoFromDay(asOfDay - 7 * w), rng.poisson(level * season), 0);
    }
  }
  sales.flush();
  return sales.rows;
}
