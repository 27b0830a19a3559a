import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { approvePlan, buildPlan, loadPlan, purchaseOrderFileName, readPlanFile, savePlan } from '../../core/planning';
import { planningDemo } from '../../../test/fixtures/planning-workspace';
import { CliUsageError } from '../usage-error';
import { exportPlanCommand } from './export-plan';

let demo: ReturnType<typeof planningDemo>;
let planId = 0;

beforeAll(() => {
  demo = planningDemo(60);
  const ws = demo.open();
  planId = savePlan(ws.db, buildPlan(ws.db, {}));
  ws.close();
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterAll(() => {
  vi.restoreAllMocks();
  demo.remove();
});

describe('export command', () => {
  it('exports a saved plan in each format with the same lines', async () => {
    const ws = demo.open();
    const expected = loadPlan(ws.db, planId).lines.filter((l) => l.quantity > 0).map((l) => [l.sku, l.location, l.quantity]);
    ws.close();
    for (const format of ['csv', 'json', 'xlsx']) {
      const file = path.join(demo.dir, `export.${format}`);
      await exportPlanCommand(['--workspace', demo.file, '--plan', String(planId), '--format', format, '--output', file]);
      expect((await readPlanFile(file)).map((l) => [l.sku, l.location, l.quantity])).toEqual(expected);
    }
  });

  it('words the reason column in --locale zh-CN, and keeps the English sentence by default', async () => {
    const ws = demo.open();
    const stored = loadPlan(ws.db, planId).lines.filter((l) => l.quantity > 0).map((l) => l.reason);
    ws.close();
    const english = path.join(demo.dir, 'english.csv');
    await exportPlanCommand(['--workspace', demo.file, '--plan', String(planId), '--format', 'csv', '--output', english]);
    expect((await readPlanFile(english)).map((l) => l.reason)).toEqual(stored);

    const chinese = path.join(demo.dir, 'chinese.json');
    await exportPlanCommand(['--workspace', demo.file, '--plan', String(planId), '--format', 'json', '--output', chinese, '--locale', 'zh-CN']);
    const json = JSON.parse(fs.readFileSync(chinese, 'utf8')) as { locale: string; minor_version: number; lines: { reason: string }[] };
    expect(json.locale).toBe('zh-CN');
    expect(json.lines.length).toBe(stored.length);
    for (const line of json.lines) {
      expect(line.reason).toMatch(/需覆盖 .* 天需求/);
      expect(line.reason).not.toMatch(/demand|on hand|position/);
    }
    await expect(
      exportPlanCommand(['--workspace', demo.file, '--plan', String(planId), '--format', 'csv', '--output', english, '--locale', 'fr']),
    ).rejects.toThrow(CliUsageError);
  });

  it('leaves approved lines out by default and lists them with --include-approved, with status and PO number', async () => {
    const ws = demo.open();
    const draft = loadPlan(ws.db, planId).drafts[0]!;
    const { purchaseOrders } = approvePlan(ws.db, planId, { supplierId: draft.supplierId, locationId: draft.locationId });
    const approvedSkus = loadPlan(ws.db, planId).lines.filter((l) => l.status === 'approved').map((l) => l.sku).sort();
    ws.close();
    const log = vi.mocked(console.log);
    for (const format of ['csv', 'xlsx']) {
      const file = path.join(demo.dir, `approved.${format}`);
      log.mockClear();
      await exportPlanCommand(['--workspace', demo.file, '--plan', String(planId), '--format', format, '--output', file]);
      expect((await readPlanFile(file)).some((l) => approvedSkus.includes(l.sku) && l.supplier === draft.supplier)).toBe(false);
      expect(log.mock.calls.flat().join('\n')).toMatch(/approved lines left out \(already purchase orders\): --include-approved/);
      await exportPlanCommand(['--workspace', demo.file, '--plan', String(planId), '--format', format, '--output', file, '--include-approved']);
      const approved = (await readPlanFile(file)).filter((l) => l.status === 'approved');
      expect(approved.map((l) => l.sku).sort()).toEqual(approvedSkus);
      expect(approved.every((l) => l.po_number === purchaseOrders[0]!.poNumber)).toBe(true);
    }
    // --po-dir writes workbooks of drafts only: none for the approved supplier and location.
    const poDir = path.join(demo.dir, 'pos');
    await exportPlanCommand(['--workspace', demo.file, '--plan', String(planId), '--format', 'csv', '--output', path.join(demo.dir, 'p.csv'), '--po-dir', poDir]);
    expect(fs.readdirSync(poDir)).not.toContain(purchaseOrderFileName(draft));
    expect(fs.readdirSync(poDir).length).toBeGreaterThan(0);
  });

  it('refuses an unknown plan, format or mismatched extension', async () => {
    await expect(exportPlanCommand(['--workspace', demo.file, '--plan', '99', '--format', 'csv', '--output', path.join(demo.dir, 'x.csv')])).rejects.toThrow(/No plan 99/);
    await expect(exportPlanCommand(['--workspace', demo.file, '--plan', '1', '--format', 'pdf', '--output', path.join(demo.dir, 'x.pdf')])).rejects.toThrow(CliUsageError);
    await expect(exportPlanCommand(['--workspace', demo.file, '--plan', '1', '--format', 'csv', '--output', path.join(demo.dir, 'x.json')])).rejects.toThrow(CliUsageError);
  });
});
