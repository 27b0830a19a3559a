import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSupplierConfirmationsFile } from '../confirmations';
import { supplierTestWorkspace, TinyHistory } from '../../../../test/fixtures/suppliers-workspace';
import { OPEN_PO_HEADERS } from './open-pos-sheet';
import { buildSupplierPack, writeSupplierPack } from './supplier-pack';

const AS_OF = '2026-06-30';
const EVIL_NAME = '=HYPERLINK("http://evil.example","click")';
let env: ReturnType<typeof supplierTestWorkspace>;
let file: string;

beforeAll(async () => {
  env = supplierTestWorkspace();
  const h = new TinyHistory(env.workspace.db);
  h.supplier(1, EVIL_NAME).supplier(2).product(1, 'Apparel', '+cmd|calc').product(2).product(3);
  h.terms(1, 1, 10, 10).terms(1, 2, 12, 10, false).terms(2, 3, 5, 10);
  h.deliveries(1, 1, 20, '2025-09-01', 1);
  h.line({ supplier: 1, product: 1, ordered: '2026-06-15', promised: '2026-06-25', qty: 60, unitCost: 10, status: 'open' });
  h.line({ supplier: 1, product: 2, ordered: '2026-06-22', promised: '2026-07-02', qty: 30, unitCost: 12, status: 'open' });
  h.line({ supplier: 2, product: 3, ordered: '2026-06-22', promised: '2026-07-02', qty: 30, unitCost: 5, status: 'open' });
  h.sales(1, '2025-07-01', 365, 4).sales(2, '2026-03-01', 120, 1);
  file = path.join(env.dir, 'pack.xlsx');
  await writeSupplierPack(env.workspace.db, 1, file, { asOf: AS_OF, weeks: 8 });
});
afterAll(() => env.cleanup());

async function open(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

describe('supplier collaboration pack', () => {
  it('opens with exceljs and has the scorecard, open POs and forecast sheets', async () => {
    const workbook = await open();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Scorecard', 'Open POs', 'Forecast']);
    const scorecard = workbook.getWorksheet('Scorecard')!;
    const labels = scorecard.getColumn(1).values.filter((v): v is string => typeof v === 'string');
    expect(labels).toEqual(expect.arrayContaining(['Score (0–100)', 'OTIF', 'Fill rate', 'OTIF by month', 'Month']));
    const otifRow = scorecard.getColumn(1).values.indexOf('OTIF');
    expect(scorecard.getRow(otifRow).getCell(2).numFmt).toBe('0.0%');
  });

  it('lists the open lines under headers the confirmation import reads, frozen and formatted', async () => {
    const sheet = (await open()).getWorksheet('Open POs')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...OPEN_PO_HEADERS]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(2).getCell(1).value).toBe('PO-21');
    expect(sheet.getRow(2).getCell(6).value).toEqual(new Date('2026-06-25T00:00:00Z'));
    expect(sheet.getColumn(6).numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getRow(2).getCell(15).value).toBe(5);
  });

  it('escapes text that a spreadsheet would run as a formula', async () => {
    const workbook = await open();
    const product = workbook.getWorksheet('Open POs')!.getRow(2).getCell(4).value;
    expect(product).toBe("'+cmd|calc");
    const forecast = workbook.getWorksheet('Forecast')!;
    expect(forecast.getRow(2).getCell(2).value).toBe("'+cmd|calc");
    const title = workbook.getWorksheet('Scorecard')!.getCell('A1').value as string;
    expect(title.endsWith(EVIL_NAME)).toBe(true);
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@]/);
        }),
      ),
    );
  });

  it('forecasts every SKU of the supplier for the weeks asked', async () => {
    const sheet = (await open()).getWorksheet('Forecast')!;
    expect(sheet.getRow(1).getCell(5).value).toBe('week of 2026-07-01');
    expect(sheet.getRow(1).getCell(12).value).toBe('week of 2026-08-19');
    expect(sheet.getRow(1).getCell(13).value).toBe('method');
    expect([sheet.getRow(2).getCell(1).value, sheet.getRow(3).getCell(1).value]).toEqual(['SKU-1', 'SKU-2']);
    expect(sheet.getRow(3).getCell(3).value).toBe('backup');
    const weekly = sheet.getRow(2).getCell(5).value as number;
    expect(weekly).toBeGreaterThan(20);
    expect(weekly).toBeLessThan(36);
  });

  it('uses a stored weekly forecast run, with its overrides, when the workspace has one', () => {
    const db = env.workspace.db;
    const runId = Number(
      db.prepare(`INSERT INTO forecast_runs (created_at, frequency, horizon, quantile_levels, history_from, history_to)
                  VALUES ('2026-07-01T00:00:00Z', 'week', 8, '[0.1,0.5,0.9,0.95,0.99]', '2024-07-01', ?)`).run(AS_OF).lastInsertRowid,
    );
    db.prepare("INSERT INTO forecast_series (run_id, product_id, location_id, method, demand_class) VALUES (?, 1, 0, 'ses', 'smooth')").run(runId);
    const value = db.prepare(
      `INSERT INTO forecast_values (run_id, product_id, location_id, bucket_date, mean, p10, p50, p90, p95, p99, variance, cum_variance)
       VALUES (?, 1, 0, ?, 7, 4, 7, 10, 11, 13, 4, 4)`,
    );
    // Week buckets are dated by their last day: 7, 14, … days after the last day of history.
    for (let k = 1; k <= 8; k++) value.run(runId, new Date(Date.UTC(2026, 5, 30 + 7 * k)).toISOString().slice(0, 10));
    db.prepare(
      `INSERT INTO forecast_overrides (product_id, from_date, to_date, kind, value, reason, created_at)
       VALUES (1, '2026-07-07', '2026-07-07', 'percent', 100, 'launch event', 'now')`,
    ).run();
    const { summary, workbook } = buildSupplierPack(db, 1, { asOf: AS_OF, weeks: 8 });
    expect(summary.forecastSource).toBe('stored');
    const row = workbook.getWorksheet('Forecast')!.getRow(2);
    expect(row.getCell(5).value).toBe(14);
    expect(row.getCell(4).value).toBe(14 + 7 * 7);
    expect(row.getCell(13).value).toBe(`forecast run ${runId}`);
    // Ten weeks reach past the run's eight: computed instead.
    expect(buildSupplierPack(db, 1, { asOf: AS_OF, weeks: 10 }).summary.forecastSource).toBe('computed');
    db.exec('DELETE FROM forecast_overrides; DELETE FROM forecast_runs;');
  });

  it('comes back from the supplier as a confirmation import', async () => {
    const workbook = await open();
    const sheet = workbook.getWorksheet('Open POs')!;
    sheet.getRow(2).getCell(12).value = 55;
    sheet.getRow(2).getCell(13).value = new Date('2026-07-03T00:00:00Z');
    const reply = path.join(env.dir, 'reply.xlsx');
    await workbook.xlsx.writeFile(reply);
    const result = await importSupplierConfirmationsFile(env.workspace.db, 1, reply);
    expect(result).toMatchObject({ updated: 1, skipped: 1 });
    const line = env.workspace.db.prepare("SELECT confirmed_qty, confirmed_date FROM po_lines WHERE po_id = 21").get();
    expect(line).toEqual({ confirmed_qty: 55, confirmed_date: '2026-07-03' });
  });
});
