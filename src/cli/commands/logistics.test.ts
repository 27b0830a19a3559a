import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createWorkspace } from '../../core/db/workspace';
import { readCsvText } from '../../core/ground/files/read/csv-text';
import { LOGISTICS_COLUMNS } from '../../core/logistics';
import { buildPlan, savePlan } from '../../core/planning';
import { planningDemo } from '../../../test/fixtures/planning-workspace';
import { CliUsageError } from '../usage-error';
import { logisticsCommand } from './logistics';

let demo: ReturnType<typeof planningDemo>;
let planId = 0;

beforeAll(() => {
  demo = planningDemo(60);
  const ws = demo.open();
  planId = savePlan(ws.db, buildPlan(ws.db, {}));
  ws.close();
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterAll(() => {
  vi.restoreAllMocks();
  demo.remove();
});

function copyOfDemo(name: string): string {
  const file = path.join(demo.dir, name);
  fs.copyFileSync(demo.file, file);
  return file;
}

function csvRows(file: string): string[][] {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  return readCsvText(text, ',');
}

describe('logistics command', () => {
  it('writes transfers and shipments with the contract columns, the same rows in CSV, JSON and XLSX', async () => {
    const csv = path.join(demo.dir, 'logistics.csv');
    expect(await logisticsCommand(['--workspace', demo.file, '--plan', String(planId), '--output', csv])).toBeUndefined();
    const rows = csvRows(csv);
    expect(rows[0]).toEqual(['kind', 'sku', 'from', 'to', 'mode', 'quantity', 'ship_date', 'arrival_date', 'freight_cost', 'landed_unit_cost', 'container', 'reason']);
    const body = rows.slice(1);
    expect(body.length).toBeGreaterThan(0);
    expect(new Set(body.map((r) => r[0]))).toContain('shipment');
    for (const r of body) {
      expect(['transfer', 'shipment']).toContain(r[0]);
      expect(['sea', 'rail', 'air', 'truck', 'express']).toContain(r[4]);
      expect(Number(r[5])).toBeGreaterThan(0);
      expect(r[7]! >= r[6]!).toBe(true);
      expect(Number(r[9])).toBeGreaterThan(0);
      expect(r[11]!.length).toBeGreaterThan(10);
    }
    // Transfers first, then shipments.
    const kinds = body.map((r) => r[0]);
    expect(kinds.lastIndexOf('transfer')).toBeLessThan(kinds.indexOf('shipment'));

    const json = path.join(demo.dir, 'logistics.json');
    await logisticsCommand(['--workspace', demo.file, '--output', json]);
    const doc = JSON.parse(fs.readFileSync(json, 'utf8')) as { format: string; version: number; plan: { id: number }; rows: Record<string, unknown>[] };
    expect([doc.format, doc.version, doc.plan.id]).toEqual(['supplydesk-logistics', 1, planId]);
    expect(doc.rows.map((r) => [r.kind, r.sku, r.mode, r.quantity])).toEqual(body.map((r) => [r[0], r[1], r[4], Number(r[5])]));

    const xlsx = path.join(demo.dir, 'logistics.xlsx');
    await logisticsCommand(['--workspace', demo.file, '--plan', String(planId), '--output', xlsx]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.getWorksheet('Logistics')!;
    const values = sheet.getSheetValues().slice(1).map((r) => (r as ExcelJS.CellValue[]).slice(1));
    expect(values[0]).toEqual([...LOGISTICS_COLUMNS]);
    expect(values.slice(1).map((r) => [r[0], r[1], r[4], r[5]])).toEqual(body.map((r) => [r[0], r[1], r[4], Number(r[5])]));
  });

  it('escapes cells that would run as formulas', async () => {
    const file = copyOfDemo('inject.supplydesk');
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(file);
    db.prepare("UPDATE suppliers SET code = '=HYPERLINK(\"http://x\")' || id").run();
    db.close();
    const csv = path.join(demo.dir, 'inject.csv');
    await logisticsCommand(['--workspace', file, '--plan', String(planId), '--output', csv]);
    const shipments = csvRows(csv).filter((r) => r[0] === 'shipment');
    expect(shipments.length).toBeGreaterThan(0);
    // Open orders name their supplier as it is now (plan lines as it was when planned).
    expect(shipments.some((r) => r[2]!.startsWith("'=HYPERLINK"))).toBe(true);
    expect(shipments.some((r) => r[2]!.startsWith('='))).toBe(false);
  });

  it('says what to do without a plan or without lanes, and writes nothing', async () => {
    const empty = path.join(demo.dir, 'empty.supplydesk');
    createWorkspace(empty, { name: 'Empty' }).close();
    const out = path.join(demo.dir, 'none.csv');
    await expect(logisticsCommand(['--workspace', empty, '--output', out])).rejects.toThrow(/no replenishment plan: make one first \(npm run cli -- plan/);
    const noLanes = copyOfDemo('no-lanes.supplydesk');
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(noLanes);
    db.prepare('DELETE FROM lanes').run();
    db.close();
    await expect(logisticsCommand(['--workspace', noLanes, '--output', out])).rejects.toThrow(/no shipping lanes: import them \(npm run cli -- import --workspace FILE --kind lanes/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses a bad output extension or plan id', async () => {
    await expect(logisticsCommand(['--workspace', demo.file, '--output', path.join(demo.dir, 'x.pdf')])).rejects.toThrow(CliUsageError);
    await expect(logisticsCommand(['--workspace', demo.file, '--plan', 'x', '--output', path.join(demo.dir, 'x.csv')])).rejects.toThrow(CliUsageError);
    await expect(logisticsCommand(['--workspace', demo.file, '--plan', '99', '--output', path.join(demo.dir, 'x.csv')])).rejects.toThrow(/No plan 99/);
  });
});
