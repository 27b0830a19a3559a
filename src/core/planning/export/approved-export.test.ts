import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planningDemo } from '../../../../test/fixtures/planning-workspace';
import { buildPlan } from '../build-plan';
import { approvePlan } from '../plan-control';
import { loadPlan, savePlan } from '../plan-store';
import { planDrafts, planLineRows } from '../plan-views';
import { readPlanFile } from './read-export';
import { writePlanFile } from './write-export';

let demo: ReturnType<typeof planningDemo>;
let planId = 0;
let approvedSupplier = 0;
let poNumber = '';

beforeAll(() => {
  demo = planningDemo(60);
  const ws = demo.open();
  planId = savePlan(ws.db, buildPlan(ws.db, {}));
  const first = loadPlan(ws.db, planId).drafts[0]!;
  approvedSupplier = first.supplierId;
  const result = approvePlan(ws.db, planId, { supplierId: first.supplierId, locationId: first.locationId });
  poNumber = result.purchaseOrders[0]!.poNumber;
  ws.close();
}, 120_000);
afterAll(() => demo.remove());

describe('an approved draft in the platform export', () => {
  it('is left out of the default CSV and XLSX: they list only what still needs ordering, as drafts', async () => {
    const ws = demo.open();
    const plan = loadPlan(ws.db, planId);
    ws.close();
    const stillToOrder = plan.lines.filter((l) => l.status === 'draft' && l.quantity > 0).map((l) => l.sku).sort();
    expect(stillToOrder.length).toBeGreaterThan(0);
    for (const format of ['csv', 'xlsx'] as const) {
      const file = path.join(demo.dir, `default.${format}`);
      await writePlanFile(plan, file, format);
      const lines = await readPlanFile(file);
      expect(lines.map((l) => l.sku).sort()).toEqual(stillToOrder);
      expect(lines.every((l) => l.status === 'draft' && l.po_number === '')).toBe(true);
    }
  });

  it('is exported on request with status approved and its PO number, in CSV, XLSX and JSON', async () => {
    const ws = demo.open();
    const plan = loadPlan(ws.db, planId);
    ws.close();
    const approved = plan.lines.filter((l) => l.status === 'approved');
    expect(approved.length).toBeGreaterThan(0);
    expect(approved.every((l) => l.supplierId === approvedSupplier && l.poNumber === poNumber)).toBe(true);
    for (const format of ['csv', 'xlsx', 'json'] as const) {
      const file = path.join(demo.dir, `all.${format}`);
      await writePlanFile(plan, file, format, { includeApproved: true });
      const lines = await readPlanFile(file);
      const approvedRows = lines.filter((l) => l.status === 'approved');
      expect(approvedRows.map((l) => l.sku).sort()).toEqual(approved.map((l) => l.sku).sort());
      expect(approvedRows.every((l) => l.po_number === poNumber)).toBe(true);
      expect(lines.filter((l) => l.status === 'draft').every((l) => l.po_number === '')).toBe(true);
    }
  });

  it('lists the approved order as approved with its PO number in the JSON purchase orders, never as a draft', async () => {
    const ws = demo.open();
    const plan = loadPlan(ws.db, planId);
    ws.close();
    const file = path.join(demo.dir, 'orders.json');
    await writePlanFile(plan, file, 'json', { includeApproved: true });
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      minor_version: number;
      purchase_orders: { supplier: string; status: string; po_number: string | null }[];
    };
    expect(doc.minor_version).toBeGreaterThanOrEqual(2);
    const approvedCode = plan.lines.find((l) => l.status === 'approved')!.supplier;
    expect(doc.purchase_orders.filter((o) => o.status === 'approved')).toEqual([expect.objectContaining({ supplier: approvedCode, po_number: poNumber })]);
    expect(doc.purchase_orders.filter((o) => o.status === 'draft').every((o) => o.po_number === null)).toBe(true);
    await writePlanFile(plan, file, 'json');
    const defaults = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof doc;
    expect(defaults.purchase_orders.some((o) => o.status === 'approved')).toBe(false);
  });

  it('shows on the Replenishment page as approved with its PO number', () => {
    const ws = demo.open();
    const rows = planLineRows(ws.db, planId);
    const drafts = planDrafts(ws.db, planId).drafts;
    ws.close();
    const approvedRows = rows.filter((r) => r.status === 'approved');
    expect(approvedRows.length).toBeGreaterThan(0);
    expect(approvedRows.every((r) => r.poNumber === poNumber)).toBe(true);
    expect(rows.filter((r) => r.status !== 'approved').every((r) => r.poNumber === null)).toBe(true);
    const approvedCards = drafts.filter((d) => d.status === 'approved');
    expect(approvedCards.map((d) => d.poNumbers)).toEqual([[poNumber]]);
    expect(drafts.some((d) => d.status === 'draft' && d.supplierId === approvedSupplier && d.locationId === approvedCards[0]!.locationId)).toBe(false);
  });
});
