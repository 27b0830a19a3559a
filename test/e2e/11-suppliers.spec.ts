import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { callApi } from './api';
import { expect, test } from './fixtures';
import { SuppliersPage } from './pages/suppliers-page';

const DEFAULT_WEIGHTS = { otif: 40, fillRate: 25, leadTime: 20, quality: 15 };
/** 0.8218 → "82.2%", as the page shows rates in English. */
const percent = (share: number) => `${(Math.round(share * 1000) / 10).toLocaleString('en-US')}%`;
const round1 = (days: number) => (Math.round(days * 10) / 10).toLocaleString('en-US');

test('supplier review: ranking, scorecard with charts, lines behind a number, compare, re-weight, pack and confirmations', async ({
  app,
  page,
  server,
}) => {
  test.setTimeout(150_000);
  const suppliers = new SuppliersPage(page);
  await app.waitForDemo();
  await app.goTo('Suppliers');

  // The ranking shows every supplier, best score first, with the real figures.
  const list = await callApi(server, 'suppliers:scorecards', {});
  const scored = list.suppliers.filter((s) => s.score !== null);
  expect(scored.length).toBeGreaterThanOrEqual(3);
  await expect(suppliers.rowCount).toHaveText(`${list.suppliers.length} rows`);
  const top = scored[0]!;
  await expect.poll(() => suppliers.shownOrder()).toEqual(list.suppliers.map((s) => s.supplierId));
  await expect(suppliers.cell(top.supplierId, 'score')).toContainText(String(top.score));
  await expect(suppliers.cell(top.supplierId, 'score').getByTestId('grade')).toHaveText(top.grade!);
  await expect(suppliers.cell(top.supplierId, 'otif')).toHaveText(percent(top.otif!));
  await expect(suppliers.cell(top.supplierId, 'deliveries')).toContainText(top.deliveries.toLocaleString('en-US'));
  await app.screenshot('suppliers', 'en');

  // Another period: the last 90 days up to the as-of date, with the numbers for that period.
  await suppliers.choosePeriod('Last 90 days');
  const recent = await callApi(server, 'suppliers:scorecards', { from: shiftDays(list.asOf, -89), to: list.asOf });
  const recentTop = recent.suppliers[0]!;
  await expect(suppliers.cell(recentTop.supplierId, 'deliveries')).toContainText(recentTop.deliveries.toLocaleString('en-US'));
  await expect.poll(() => suppliers.shownOrder()).toEqual(recent.suppliers.map((s) => s.supplierId));
  await suppliers.choosePeriod('Last 365 days');
  await expect.poll(() => suppliers.shownOrder()).toEqual(list.suppliers.map((s) => s.supplierId));

  // A scorecard: key figures from the same numbers, OTIF by month and the lead-time chart.
  await suppliers.openScorecard(top.supplierId);
  await expect(page.getByTestId('scorecard-name')).toHaveText(top.name);
  await expect(suppliers.figure('otif').getByTestId('figure-value')).toHaveText(percent(top.otif!));
  await expect(suppliers.figure('otif')).toContainText(`${top.otifLines} of ${top.poLines} lines`);
  await expect(page.getByTestId('otif-chart').locator('canvas').first()).toBeVisible();
  await expect(page.getByTestId('lead-time-chart').locator('canvas').first()).toBeVisible();
  await expect(page.getByTestId('lead-time-chart')).toContainText(`Promised ${round1(top.promisedLeadTime!)} d`);
  await expect(page.getByTestId('score-breakdown')).toContainText('Lead-time reliability');
  await page.getByTestId('lead-time-chart').scrollIntoViewIfNeeded();
  await app.screenshot('suppliers-scorecard', 'en');

  // Drill down: the OTIF figure opens the PO lines behind it, each judged.
  await suppliers.traceFigure('otif');
  await expect(page.getByTestId('trace-value')).toHaveText(percent(top.otif!));
  await expect(page.getByTestId('trace-count')).toContainText(`${top.poLines} lines`);
  await expect(suppliers.traceDrawer.locator('.ag-row').first()).toBeVisible();
  await expect(suppliers.traceDrawer.locator('.ag-row [col-id="judgement"]').first()).toContainText(/On time|Late|Overdue/);
  await app.screenshot('suppliers-trace', 'en');
  await suppliers.closeDrawer();
  await expect(suppliers.traceDrawer).toBeHidden();

  // Two suppliers side by side.
  const second = scored[1]!;
  await suppliers.tick(top.supplierId);
  await suppliers.tick(second.supplierId);
  await suppliers.compare();
  await expect(suppliers.compareView.getByTestId('compare-supplier')).toHaveText([
    new RegExp(escapeRegExp(top.name)),
    new RegExp(escapeRegExp(second.name)),
  ]);
  await expect(page.getByTestId('compare-chart').locator('canvas').first()).toBeVisible();
  await app.screenshot('suppliers-compare', 'en');
  await suppliers.closeDrawer();
  await expect(suppliers.compareView).toBeHidden();

  // Scoring on quality alone re-ranks at once; the defaults bring the first ranking back.
  try {
    await suppliers.setWeights({ otif: 0, fillRate: 0, leadTime: 0, quality: 1 });
    const reweighted = await callApi(server, 'suppliers:scorecards', {});
    expect(reweighted.settings.weights).toEqual({ otif: 0, fillRate: 0, leadTime: 0, quality: 1 });
    expect(reweighted.suppliers.map((s) => s.score)).not.toEqual(list.suppliers.map((s) => s.score));
    const newTop = reweighted.suppliers[0]!;
    await expect(suppliers.cell(newTop.supplierId, 'score')).toContainText(String(newTop.score));
    await expect.poll(() => suppliers.shownOrder()).toEqual(reweighted.suppliers.map((s) => s.supplierId));
  } finally {
    await callApi(server, 'suppliers:updateSettings', { weights: DEFAULT_WEIGHTS });
  }
  await page.reload();
  await expect.poll(() => suppliers.shownOrder()).toEqual(list.suppliers.map((s) => s.supplierId));

  // The collaboration pack of the supplier with most open lines downloads as XLSX with its three sheets.
  const busiest = [...list.suppliers].sort((a, b) => b.openPoLines - a.openPoLines)[0]!;
  expect(busiest.openPoLines).toBeGreaterThan(0);
  await suppliers.openScorecard(busiest.supplierId);
  await expect(page.getByTestId('scorecard-name')).toHaveText(busiest.name);
  const downloading = page.waitForEvent('download');
  await suppliers.exportPack(8);
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/supplier pack .*\.xlsx$/);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'supplier-pack-'));
  try {
    const packFile = path.join(folder, download.suggestedFilename());
    await download.saveAs(packFile);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(packFile);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Scorecard', 'Open POs', 'Forecast']);
    const openPos = workbook.getWorksheet('Open POs')!;
    expect(openPos.rowCount - 1).toBe(busiest.openPoLines);

    // The supplier fills in a confirmation in the pack and sends it back: importing it updates the PO line.
    const poNumber = String(openPos.getRow(2).getCell(1).value);
    const lineNo = Number(openPos.getRow(2).getCell(2).value);
    openPos.getRow(2).getCell(12).value = 3;
    openPos.getRow(2).getCell(13).value = list.asOf;
    const reply = path.join(folder, 'reply.xlsx');
    await workbook.xlsx.writeFile(reply);
    await page.getByTestId('confirmations-file').setInputFiles(reply);
    await expect(page.getByText('reply.xlsx: 1 lines updated')).toBeVisible();
    const trace = await callApi(server, 'suppliers:trace', { supplierId: busiest.supplierId, metric: 'spend', from: '2000-01-01', to: '2099-12-31' });
    expect(trace.lines.find((l) => l.poNumber === poNumber && l.lineNo === lineNo)?.confirmedQty).toBe(3);

    // A reply naming a PO that does not exist is refused as a whole, the problem shown with its row and column.
    const bad = path.join(folder, 'bad-reply.csv');
    fs.writeFileSync(bad, `po_number,line_no,confirmed_qty\r\n${poNumber},${lineNo},4\r\nPO-NOPE,1,5\r\n`);
    await page.getByTestId('confirmations-file').setInputFiles(bad);
    const problems = page.getByTestId('confirmation-problems');
    await expect(problems).toContainText('bad-reply.csv has 1 problems; nothing was changed.');
    await expect(problems.getByRole('row', { name: /3 po_number There is no PO PO-NOPE/ })).toBeVisible();
    await page.getByRole('button', { name: 'OK' }).click();
    const after = await callApi(server, 'suppliers:trace', { supplierId: busiest.supplierId, metric: 'spend', from: '2000-01-01', to: '2099-12-31' });
    expect(after.lines.find((l) => l.poNumber === poNumber && l.lineNo === lineNo)?.confirmedQty).toBe(3);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('the supplier ranking and a scorecard in Chinese', async ({ app, page, settingsPage }) => {
  const suppliers = new SuppliersPage(page);
  await app.waitForDemo();
  await app.goTo('Settings');
  await settingsPage.choose(settingsPage.language('中文'));
  try {
    await app.goTo('供应商');
    await expect(page.getByRole('heading', { name: '供应商' })).toBeVisible();
    await expect(suppliers.grid.getByRole('columnheader', { name: '准时率', exact: true })).toBeVisible();
    await expect.poll(async () => (await suppliers.shownOrder()).length).toBeGreaterThan(0);
    const [first] = await suppliers.shownOrder();
    await suppliers.openScorecard(first!);
    await expect(suppliers.figure('otif')).toContainText('准时足量交付率（OTIF）');
    await expect(page.getByText('每月 OTIF')).toBeVisible();
    await app.screenshot('suppliers-scorecard', 'zh-CN');
  } finally {
    await app.goTo('设置');
    await settingsPage.choose(settingsPage.language('English'));
  }
});

function shiftDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
