import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createWorkspace, type Db, type Workspace } from '../../db/workspace';

/** Test support: an empty workspace in a temp folder, removed by cleanup(). */
export function supplierTestWorkspace(): { workspace: Workspace; dir: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'suppliers-test-'));
  const workspace = createWorkspace(path.join(dir, 'w.supplydesk'), { name: 'Supplier test' });
  return {
    workspace,
    dir,
    cleanup: () => {
      workspace.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface LineSpec {
  supplier: number;
  product: number;
  ordered: string;
  /** The line's promised date; the PO's promised date is the same unless poPromised is given. */
  promised?: string | null;
  poPromised?: string | null;
  qty: number;
  unitCost?: number | null;
  status?: 'open' | 'partial' | 'received' | 'cancelled';
  poStatus?: 'draft' | 'open' | 'partial' | 'received' | 'cancelled';
  /** Put the line on an existing PO instead of a new one. */
  po?: number;
}

/** Hand-made purchasing histories with known answers: one call per fact. */
export class TinyHistory {
  private nextPo = 1;
  private nextLine = 1;
  private readonly linesOnPo = new Map<number, number>();

  constructor(readonly db: Db) {
    db.prepare("INSERT OR IGNORE INTO locations (id, code, name) VALUES (1, 'WH1', 'Warehouse')").run();
  }

  supplier(id: number, name = `Supplier ${id}`, defaultLeadTimeDays: number | null = null): this {
    this.db.prepare('INSERT INTO suppliers (id, code, name, default_lead_time_days) VALUES (?, ?, ?, ?)').run(
      id, `S${id}`, name, defaultLeadTimeDays,
    );
    return this;
  }

  product(id: number, category = 'Apparel', name = `Item ${id}`): this {
    this.db.prepare('INSERT INTO products (id, sku, name, category) VALUES (?, ?, ?, ?)').run(id, `SKU-${id}`, name, category);
    return this;
  }

  terms(supplier: number, product: number, unitCost: number, leadTimeDays: number, isPrimary = true): this {
    this.db
      .prepare('INSERT INTO supplier_terms (supplier_id, product_id, unit_cost, lead_time_days, is_primary) VALUES (?, ?, ?, ?, ?)')
      .run(supplier, product, unitCost, leadTimeDays, isPrimary ? 1 : 0);
    return this;
  }

  /** Returns the new line's id; its PO is `PO-<po id>`. */
  line(spec: LineSpec): number {
    let po = spec.po;
    if (po === undefined) {
      po = this.nextPo++;
      this.db
        .prepare('INSERT INTO purchase_orders (id, po_number, supplier_id, location_id, order_date, promised_date, status) VALUES (?, ?, ?, 1, ?, ?, ?)')
        .run(po, `PO-${po}`, spec.supplier, spec.ordered, spec.poPromised === undefined ? (spec.promised ?? null) : spec.poPromised, spec.poStatus ?? 'open');
    }
    const lineNo = (this.linesOnPo.get(po) ?? 0) + 1;
    this.linesOnPo.set(po, lineNo);
    const id = this.nextLine++;
    this.db
      .prepare('INSERT INTO po_lines (id, po_id, line_no, product_id, qty_ordered, unit_cost, promised_date, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, po, lineNo, spec.product, spec.qty, spec.unitCost ?? null, spec.promised ?? null, spec.status ?? 'received');
    return id;
  }

  receipt(line: number, date: string, received: number, rejected = 0, reference: string | null = null): this {
    const product = this.db.prepare('SELECT product_id FROM po_lines WHERE id = ?').pluck().get(line) as number;
    this.db
      .prepare('INSERT INTO receipts (po_line_id, product_id, location_id, receipt_date, qty_received, qty_rejected, reference) VALUES (?, ?, 1, ?, ?, ?, ?)')
      .run(line, product, date, received, rejected, reference);
    return this;
  }

  /** A run of lines delivered in full, `late` days after a 10-day promise (negative = early). */
  deliveries(supplier: number, product: number, count: number, firstOrdered: string, late = 0): number[] {
    const ids: number[] = [];
    const start = Date.parse(`${firstOrdered}T00:00:00Z`);
    const iso = (days: number) => new Date(start + days * 86_400_000).toISOString().slice(0, 10);
    for (let k = 0; k < count; k++) {
      const id = this.line({ supplier, product, ordered: iso(k * 7), promised: iso(k * 7 + 10), qty: 10 });
      this.receipt(id, iso(k * 7 + 10 + late), 10);
      ids.push(id);
    }
    return ids;
  }

  sales(product: number, fromIso: string, days: number, unitsPerDay: number): this {
    const start = Date.parse(`${fromIso}T00:00:00Z`);
    const insert = this.db.prepare('INSERT INTO sales_daily (product_id, location_id, date, units) VALUES (?, 1, ?, ?)');
    for (let d = 0; d < days; d++) insert.run(product, new Date(start + d * 86_400_000).toISOString().slice(0, 10), unitsPerDay);
    return this;
  }
}
