import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/core/app/app-context';
import { createHandlerTable, type HandlerTable } from '../../src/core/app/handlers';
import { demoTask } from '../../src/core/app/jobs/tasks/demo-task';
import { createInlineTaskContext } from '../../src/core/ground/task-context';
import { supplierScorecards, writeSupplierPack } from '../../src/core/suppliers';
import type { ChannelName } from '../../src/shared/contract/channels';
import { apiCaller, apiFailure, type ApiCall } from '../helpers/api-call';
import { testAppContext } from '../helpers/app-context';
import { useTempDir } from '../helpers/temp-dir';

const monthsOf2025H2And2026H1 = [
  ...['07', '08', '09', '10', '11', '12'].map((m) => `2025-${m}`),
  ...['01', '02', '03', '04', '05', '06'].map((m) => `2026-${m}`),
];

const sheetValues = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().map((row) => JSON.stringify(row));

/** The supplier channels through the real handler table and read worker, on a generated demo workspace. */
describe('suppliers API', () => {
  const tempDir = useTempDir();
  let ctx: AppContext;
  let table: HandlerTable;
  let call: ApiCall;
  const failure = (channel: ChannelName, input: unknown) => apiFailure(table, channel, input);

  let home: string;
  beforeAll(() => {
    home = tempDir();
    ctx = testAppContext(home);
    const file = path.join(ctx.workspacesFolder, 'demo.supplydesk');
    demoTask({ path: file, name: 'Demo', skus: 80, seed: 5, asOf: '2026-06-30' }, createInlineTaskContext());
    ctx.open(file);
    table = createHandlerTable(ctx);
    call = apiCaller(table);
  });
  afterAll(async () => {
    await ctx.shutdown();
  });

  it('ranks every supplier with the same numbers as the scorecard CLI, best first', async () => {
    const list = await call('suppliers:scorecards', {});
    const direct = supplierScorecards(ctx.requireWorkspace().db);
    expect(list.asOf).toBe('2026-06-30');
    expect(list.from).toBe('2025-07-01');
    expect(list.suppliers.map((s) => s.supplierId)).toEqual(direct.suppliers.map((s) => s.id));
    for (const [i, row] of list.suppliers.entries()) {
      const card = direct.suppliers[i]!;
      expect(row.score).toBe(card.score.score);
      expect(row.grade).toBe(card.score.grade);
      expect(row.otif).toBe(card.metrics.otif);
      expect(row.deliveries).toBe(card.metrics.deliveries);
      expect(row.leadTimeP90).toBe(card.metrics.leadTime?.p90 ?? null);
      expect(row.trendDirection).toBe(card.trend.direction);
    }
    // Scored suppliers ranked 1, 2, …; one without judged lines yet (a new supplier in the demo) has no rank and comes last.
    const scored = list.suppliers.filter((s) => s.score !== null);
    expect(scored.length).toBeGreaterThanOrEqual(5);
    const scores = scored.map((s) => s.score!);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scored.map((s) => s.rank)).toEqual(scored.map((_, i) => i + 1));
    expect(list.suppliers.slice(scored.length).every((s) => s.rank === null && s.poLines === 0)).toBe(true);
    // The demo has suppliers with open POs still to come.
    expect(list.suppliers.some((s) => s.openPoLines > 0 && s.openPoValue > 0)).toBe(true);
  }, 60_000);

  it('a wider on-time tolerance for this view only raises on-time rates and leaves the saved setting', async () => {
    const strict = await call('suppliers:scorecards', { toleranceDays: 0 });
    const lenient = await call('suppliers:scorecards', { toleranceDays: 7 });
    const onTime = (list: typeof strict) => list.suppliers.reduce((sum, s) => sum + s.onTimeLines, 0);
    expect(onTime(lenient)).toBeGreaterThan(onTime(strict));
    expect(lenient.settings.toleranceDays).toBe(7);
    expect((await call('suppliers:settings')).toleranceDays).toBe(0);
  });

  it('a supplier scorecard: months add up to the period, the histogram holds every lead-time sample', async () => {
    const [top] = (await call('suppliers:scorecards', {})).suppliers;
    const detail = await call('suppliers:detail', { supplierId: top!.supplierId });
    expect(detail.scorecard).toMatchObject({ supplierId: top!.supplierId, score: top!.score, rank: 1 });
    expect(detail.monthly.map((m) => m.month)).toEqual(monthsOf2025H2And2026H1);
    expect(detail.monthly.reduce((sum, m) => sum + m.poLines, 0)).toBe(top!.poLines);
    expect(detail.monthly.reduce((sum, m) => sum + m.otifLines, 0)).toBe(top!.otifLines);
    expect(detail.leadTimeHistogram.reduce((sum, b) => sum + b.count, 0)).toBe(top!.leadTimeSamples);
    expect(detail.scorecard.promisedLeadTime).toBeGreaterThan(0);
    expect(detail.skus.length).toBeGreaterThan(0);
    expect(detail.skus.reduce((sum, s) => sum + s.poLines, 0)).toBe(top!.poLines);
    expect(detail.rolling.days365.poLines).toBe(top!.poLines);
    expect(detail.rolling.days90.poLines).toBeLessThanOrEqual(detail.rolling.days365.poLines);
    expect(await failure('suppliers:detail', { supplierId: 99_999 })).toMatchObject({ code: 'not_found' });
  });

  it('traces a number to the PO lines behind it, for the period, one month, and one SKU', async () => {
    const [top] = (await call('suppliers:scorecards', {})).suppliers;
    const trace = await call('suppliers:trace', { supplierId: top!.supplierId, metric: 'otif' });
    expect(trace.value).toBeCloseTo(top!.otif!, 12);
    expect(trace.lines).toHaveLength(top!.poLines);
    expect(trace.lines.filter((l) => l.otif)).toHaveLength(top!.otifLines);
    expect(trace.receipts.length).toBeGreaterThan(0);

    const detail = await call('suppliers:detail', { supplierId: top!.supplierId });
    const month = detail.monthly.find((m) => m.poLines > 0)!;
    const monthly = await call('suppliers:trace', { supplierId: top!.supplierId, metric: 'on_time', month: month.month });
    expect(monthly).toMatchObject({ month: month.month, denominator: month.poLines, numerator: month.onTimeLines });
    expect(monthly.lines.every((l) => l.dueDate.startsWith(month.month))).toBe(true);

    const sku = detail.skus[0]!;
    const bySku = await call('suppliers:trace', { supplierId: top!.supplierId, metric: 'lead_time', productId: sku.productId });
    expect(bySku.value).toBeCloseTo(sku.leadTimeMean!, 10);
    expect(bySku.lines.every((l) => l.sku === sku.sku)).toBe(true);
    expect(await failure('suppliers:trace', { supplierId: top!.supplierId, metric: 'speed' })).toMatchObject({ code: 'invalid_input' });
  });

  it('changing the weights re-ranks at once, is audited, and bad weights change nothing', async () => {
    const before = await call('suppliers:scorecards', {});
    const saved = await call('suppliers:updateSettings', { weights: { otif: 0, fillRate: 0, leadTime: 0, quality: 1 } });
    expect(saved.weights).toEqual({ otif: 0, fillRate: 0, leadTime: 0, quality: 1 });
    const after = await call('suppliers:scorecards', {});
    expect(after.settings.weights.quality).toBe(1);
    // Quality alone scores every supplier by its acceptance rate: different numbers, most likely a different order.
    expect(after.suppliers.map((s) => s.score)).not.toEqual(before.suppliers.map((s) => s.score));
    const audit = ctx
      .requireWorkspace()
      .db.prepare("SELECT details FROM audit_log WHERE action = 'scorecard_settings' ORDER BY id DESC LIMIT 1")
      .pluck()
      .get() as string;
    expect(JSON.parse(audit)).toMatchObject({ before: { weights: { otif: 40 } }, after: { weights: { otif: 0, quality: 1 } } });

    const error = await failure('suppliers:updateSettings', { weights: { quality: 0 } });
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect((await call('suppliers:settings')).weights.quality).toBe(1);
    await call('suppliers:updateSettings', { weights: { otif: 40, fillRate: 25, leadTime: 20, quality: 15 } });
    expect((await call('suppliers:scorecards', {})).suppliers.map((s) => s.score)).toEqual(before.suppliers.map((s) => s.score));
  });

  it('lead times for planning follow the saved measured/promised switch', async () => {
    const measured = await call('suppliers:leadTimes', {});
    expect(measured.usePromised).toBe(false);
    expect(measured.suppliers.some((p) => p.source === 'measured')).toBe(true);
    await call('suppliers:updateSettings', { usePromisedLeadTimes: true });
    const promised = await call('suppliers:leadTimes', {});
    expect(promised.usePromised).toBe(true);
    expect(promised.suppliers.every((p) => p.source === 'promised')).toBe(true);
    await call('suppliers:updateSettings', { usePromisedLeadTimes: false });
    const recommendations = await call('suppliers:recommend', {});
    for (const r of recommendations) expect(r.options.length).toBeGreaterThan(1);
  });

  it('exports a supplier pack and the ranking into the exports folder', async () => {
    const [top] = (await call('suppliers:scorecards', {})).suppliers;
    const pack = await call('suppliers:exportPack', { supplierId: top!.supplierId, weeks: 6 });
    expect(path.dirname(pack.path)).toBe(path.join(home, 'exports'));
    expect(pack.fileName).toMatch(/supplier pack 2026-06-30\.xlsx$/);
    expect(pack.bytes).toBe(fs.statSync(pack.path).size);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(pack.path);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Scorecard', 'Open POs', 'Forecast']);
    // Built from the read worker's snapshot, the pack says exactly what the CLI's pack says.
    const direct = path.join(tempDir(), 'direct.xlsx');
    await writeSupplierPack(ctx.requireWorkspace().db, top!.supplierId, direct, { weeks: 6 });
    const expected = new ExcelJS.Workbook();
    await expected.xlsx.readFile(direct);
    for (const name of ['Scorecard', 'Open POs', 'Forecast']) {
      expect(sheetValues(workbook.getWorksheet(name)!)).toEqual(sheetValues(expected.getWorksheet(name)!));
    }

    const csv = await call('suppliers:exportScorecards', { format: 'csv' });
    const lines = fs.readFileSync(csv.path, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^supplier,supplier_code,supplier_id,category,po_lines,deliveries,/);
    expect(lines).toHaveLength(1 + (await call('suppliers:scorecards', {})).suppliers.length);
    const again = await call('suppliers:exportScorecards', { format: 'csv' });
    expect(again.fileName).not.toBe(csv.fileName);
  });

  it('imports a supplier’s confirmations from a chosen file, audited; a bad row changes nothing and is named', async () => {
    const db = ctx.requireWorkspace().db;
    const open = db
      .prepare(
        `SELECT p.supplier_id AS supplierId, p.po_number AS po, l.line_no AS lineNo, l.id
         FROM po_lines l JOIN purchase_orders p ON p.id = l.po_id
         WHERE l.status = 'open' AND p.status NOT IN ('draft', 'cancelled') ORDER BY l.id LIMIT 2`,
      )
      .all() as { supplierId: number; po: string; lineNo: number; id: number }[];
    const [first] = open;
    const folder = tempDir();
    const good = path.join(folder, 'reply.csv');
    fs.writeFileSync(good, `po_number,line_no,confirmed_qty,confirmed_date\r\n${first!.po},${first!.lineNo},7,2026-07-20\r\n`);

    // A path the user did not choose is refused.
    expect(await failure('suppliers:importConfirmations', { supplierId: first!.supplierId, path: good })).toMatchObject({ code: 'invalid_input' });
    ctx.paths.allowToRead(good);
    const result = await call('suppliers:importConfirmations', { supplierId: first!.supplierId, path: good });
    expect(result).toMatchObject({ file: 'reply.csv', rows: 1, updated: 1 });
    expect(result.changes[0]).toMatchObject({ poNumber: first!.po, after: { confirmedQty: 7, confirmedDate: '2026-07-20' } });
    expect(db.prepare('SELECT confirmed_qty, confirmed_date FROM po_lines WHERE id = ?').get(first!.id)).toEqual({
      confirmed_qty: 7,
      confirmed_date: '2026-07-20',
    });
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE action = 'supplier_confirmation'").pluck().get()).toBe(1);

    const bad = path.join(folder, 'bad.csv');
    fs.writeFileSync(bad, `po_number,line_no,confirmed_qty,confirmed_date\r\n${first!.po},${first!.lineNo},9,2026-07-21\r\n${first!.po},${first!.lineNo},-1,\r\n`);
    ctx.paths.allowToRead(bad);
    const error = await failure('suppliers:importConfirmations', { supplierId: first!.supplierId, path: bad });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/^bad\.csv: /);
    expect(error.details).toMatchObject({ file: 'bad.csv', problems: [{ row: 3, column: 'line_no' }] });
    expect(db.prepare('SELECT confirmed_qty FROM po_lines WHERE id = ?').pluck().get(first!.id)).toBe(7);
  });
});
